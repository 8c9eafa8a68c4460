import { connectionLimits, isLambda, peakInstances, postgresFamily } from '../model/capacity';
import { buildModel } from '../model/request-graph';
import { josa } from '../shared/josa';
import { L, minInstances, nameList, nodeFinding, textAttr, type Facts } from './facts';
import { fix, setAttr } from './fixes';
import type { Rule } from './rule';
import type { Design, Finding } from '../syntax/ast';
import { DEFAULTS } from '../model/defaults';

/** Application servers that run on the JVM, whose pools are usually HikariCP's (Spring Boot's default). */
const JVM_SERVERS: ReadonlySet<string> = new Set(['tomcat', 'jeus', 'jboss', 'wildfly', 'weblogic', 'websphere', 'spring-boot', 'keycloak']);

/**
 * Callers' connection pools × their instances at the autoscale maximum against
 * a database's `max-connections` (failure-model §6): the flash sale that
 * scales the web tier out until the database refuses connections.
 */
export const connectionExhaustion: Rule<'connection-exhaustion'> = {
  id: 'connection-exhaustion',
  check({ design }) {
    const m = buildModel(design);
    const out: Finding[] = [];
    for (const l of connectionLimits(m)) {
      if (l.peak <= l.max) continue;
      const db = m.nodes[l.db]!;
      // Which caller's scaling breaks it, and at how many instances: the others at what they run at rest (their minimum),
      // the caller that crosses the limit earliest in its own range (round 66 r03: a queue worker scaling from 0 was named
      // "already exhausted at 1 instance" while the API alone crossed it at 26). Failing that (no caller alone crosses
      // it), the one that scales the most, the others at their peak.
      const atRest = l.callers.reduce((sum, c) => sum + c.connections * minInstances(m.nodes[c.idx]!.node), 0);
      let scaler = l.callers[0]!;
      let fits = 0;
      let best = Infinity;
      if (atRest <= l.max)
        for (const c of l.callers) {
          const s = m.nodes[c.idx]!;
          const lo = minInstances(s.node);
          const hi = peakInstances(s);
          if (hi <= lo) continue;
          const f = Math.floor((l.max - (atRest - c.connections * lo)) / c.connections);
          if (f >= hi) continue;
          const where = (f + 1 - lo) / (hi - lo);
          if (where < best) {
            best = where;
            scaler = c;
            fits = f;
          }
        }
      if (best === Infinity) {
        scaler = [...l.callers].sort((a, b) => (atRest > l.max ? b.connections * minInstances(m.nodes[b.idx]!.node) - a.connections * minInstances(m.nodes[a.idx]!.node) : peakInstances(m.nodes[b.idx]!) - peakInstances(m.nodes[a.idx]!)))[0]!;
        const others = l.peak - scaler.connections * peakInstances(m.nodes[scaler.idx]!);
        fits = Math.max(0, Math.floor((l.max - others) / scaler.connections));
        if (atRest > l.max) fits = Math.min(fits, minInstances(m.nodes[scaler.idx]!.node) - 1);
      }
      const sc = m.nodes[scaler.idx]!;
      const breaksAt = fits + 1;
      // The other callers that scale too, taken at their minimum above: they scale on the same traffic, so with them at
      // their maximum the limit is passed sooner (round 109c r07: "breaks at 28" held only with the other tier at 6 of 30).
      const co = best === Infinity ? [] : l.callers.filter((c) => c !== scaler && peakInstances(m.nodes[c.idx]!) > minInstances(m.nodes[c.idx]!.node));
      const coPeak = atRest - scaler.connections * minInstances(sc.node) + co.reduce((sum, c) => sum + c.connections * (peakInstances(m.nodes[c.idx]!) - minInstances(m.nodes[c.idx]!.node)), 0);
      const breaksAtCoPeak = Math.max(0, Math.floor((l.max - coPeak) / scaler.connections)) + 1;
      const parts = l.callers.map((c) => {
        const s = m.nodes[c.idx]!;
        const lambda = isLambda(s.node);
        const pool = c.explicit ? L('', '') : lambda ? L(' (1: a Lambda execution environment serves one invocation at a time)', '(1: Lambda 실행 환경은 한 번에 호출 하나만 처리)') : L(` (${DEFAULTS.connectionPool}: HikariCP's default pool)`, `(${DEFAULTS.connectionPool}: HikariCP 기본 풀 크기)`);
        return { en: `${peakInstances(s)} \`${s.name}\` instance${peakInstances(s) === 1 ? '' : 's'} × ${c.connections}${pool.en}`, ko: `\`${s.name}\` ${peakInstances(s)}개 × ${c.connections}${pool.ko}` };
      });
      const already = atRest > l.max || minInstances(sc.node) >= breaksAt;
      const scaling = l.callers.some((c) => m.nodes[c.idx]!.node.attrs.has('autoscale'));
      // One caller of one instance (round 51 r03: "the last ones", "cap the scaling" for a single PHP-FPM host): its own
      // pool is too big. HikariCP, the JVM's usual pool, is named only for a caller that may be a JVM application.
      const n = minInstances(sc.node);
      const single = n === 1 && l.callers.length === 1;
      const callerEngine = (textAttr(sc.node, 'engine') ?? '').toLowerCase();
      // (A Java EE server's own data source is no HikariCP: WebLogic's opens its Initial Capacity and grows to its Maximum under
      // load, unless set equal as Oracle's tuning guide advises (WebLogic 15.1.1, "Tuning Data Sources") — round 105c r02.)
      const hikari = callerEngine !== '' && !JVM_SERVERS.has(callerEngine)
        ? L('', '')
        : callerEngine === 'weblogic'
        ? L(' — a WebLogic data source with Initial Capacity = Maximum Capacity (Oracle\'s own tuning advice; otherwise it opens its Initial Capacity and grows to the maximum under load)', '(WebLogic 데이터 소스의 Initial Capacity를 Maximum Capacity와 같게 둔 경우. Oracle이 권하는 튜닝이며, 그렇지 않으면 Initial Capacity만큼 열고 부하에 따라 최대까지 늘림)')
        : ['jeus', 'jboss', 'wildfly', 'websphere'].includes(callerEngine)
        ? L(" — the application server's data source with its minimum at its maximum (by default it opens fewer and grows to the maximum under load)", '(애플리케이션 서버 데이터 소스의 최소 크기를 최대와 같게 둔 경우. 기본값은 더 적게 열고 부하에 따라 최대까지 늘림)')
        : L(" — HikariCP's default (`minimumIdle` = `maximumPoolSize`, a fixed-size pool)", '(HikariCP 기본값: `minimumIdle` = `maximumPoolSize`, 고정 크기 풀)');
      const when = already
        ? // Said as the pools' size, and how the run reads them (round 37: the run showed no failure at rest).
          L(
            `With pools that open to their size${hikari.en}${single ? `, \`${sc.name}\`'s one instance alone asks for more than ${l.max}: ${l.peak - l.max} of its connections are refused` : ` — it is already exhausted at \`${sc.name}\`'s ${n} running instances: the last ones cannot fill their pools`}. The simulation opens the pools to their size once the callers are busy — overloaded, or scaled out by a spike or a lost instance's share — and then fails the requests of the instances that get no connection (its \`connections-exhausted\` event); at rest, with capacity to spare, it takes them to stay below it.`,
            `풀이 크기만큼 미리 열리면${hikari.ko} ${single ? `\`${sc.name}\` 한 대가 여는 커넥션만으로 ${l.max}개를 넘어 ${l.peak - l.max}개는 거부됩니다` : `${josa(`\`${sc.name}\``, '이/가')} 평소 도는 ${n}개에서 이미 바닥나, 나머지 인스턴스는 풀을 다 채우지 못합니다`}. 시뮬레이션은 호출하는 쪽이 바빠지면(과부하, 또는 급증이나 잃은 인스턴스의 몫으로 늘어날 때) 풀을 크기만큼 열고, 커넥션을 얻지 못한 인스턴스가 받은 요청을 실패로 셉니다(\`connections-exhausted\` 이벤트). 용량이 남는 평상시에는 풀이 그 아래에 머문다고 봅니다.`,
          )
        : co.length && breaksAtCoPeak < breaksAt
        ? (() => {
            const names = nameList(co.map((c) => m.nodes[c.idx]!.name));
            const one = co.length === 1;
            const at = one ? m.nodes[co[0]!.idx]! : undefined;
            const lo = minInstances(sc.node);
            const sooner = breaksAtCoPeak <= lo
              ? L(`already at its ${lo} running instances once ${names.en} ${one ? `scales out to its maximum of ${peakInstances(at!)}` : 'scale out to their maximum'}`, `${josa(names.ko, '이/가')} ${one ? `최대 ${peakInstances(at!)}개까지` : '최대까지'} 늘어나면 평소 도는 ${lo}개에서 이미 바닥납니다`)
              : L(`at ${breaksAtCoPeak} once ${names.en} ${one ? `scales out to its maximum of ${peakInstances(at!)}` : 'scale out to their maximum'}`, `${josa(names.ko, '이/가')} ${one ? `최대 ${peakInstances(at!)}개까지` : '최대까지'} 늘어나면 ${breaksAtCoPeak}개에서 바닥납니다`);
            return L(
              `It breaks when \`${sc.name}\` scales out to ${breaksAt} instances with ${names.en} at ${one ? `its ${minInstances(at!.node)} running instances` : 'their running instances'}, and ${sooner.en} — both scale on the same traffic, so the limit is passed between the two: from then on, every instance added cannot get a connection and fails the requests it takes.`,
              `${josa(names.ko, '이/가')} ${one ? `평소의 ${minInstances(at!.node)}개일 때` : '평소 개수일 때'} ${josa(`\`${sc.name}\``, '이/가')} ${breaksAt}개로 늘어나면 바닥나고, ${sooner.ko}. 둘 다 같은 트래픽에 늘어나므로 한계는 그 사이에서 넘습니다. 그 뒤로 늘어난 인스턴스는 커넥션을 얻지 못하고 받은 요청을 실패시킵니다.`,
            );
          })()
        : L(
            `It breaks when \`${sc.name}\` scales out to ${breaksAt} instances: from then on, every instance added cannot get a connection and fails the requests it takes.`,
            `${josa(`\`${sc.name}\``, '이/가')} ${breaksAt}개로 늘어나는 순간부터 바닥나, 그 뒤로 늘어난 인스턴스는 커넥션을 얻지 못하고 받은 요청을 실패시킵니다.`,
          );
      // A pooler that speaks the database's protocol: PgBouncer is PostgreSQL's, ProxySQL MySQL's; RDS Proxy only on AWS.
      const engine = (textAttr(db.node, 'engine') ?? '').toLowerCase();
      const aws = /^(rds|aurora)/.test(engine);
      // The product as the engine or the label says it (`engine=rds-multi-az label="RDS for Oracle"`): RDS Proxy is not
      // available for RDS for Oracle nor RDS for Db2 (AWS, RDS Proxy supported engines).
      const says = `${engine} ${(textAttr(db.node, 'label') ?? '').toLowerCase()}`;
      // (Tibero is not Oracle: DRCP is an Oracle Database feature — round 73c r03; no pooler in front is known for it.)
      const pooler = /tibero/.test(says)
        ? null
        : /cubrid/.test(says)
        ? // (CUBRID's own broker sits between the pools and the server: its application servers hold the server's connections
          // — round 99c r05 was offered PgBouncer.)
          L("CUBRID's broker, whose application servers (CAS, `MAX_NUM_APPL_SERVER`) hold the server's connections: size them to its `max_clients`", 'CUBRID 브로커: 응용 서버(CAS, `MAX_NUM_APPL_SERVER`)가 서버 커넥션을 가지므로 그 수를 `max_clients`에 맞추세요')
        : /oracle/.test(says)
        ? L('Oracle Database Resident Connection Pooling (DRCP) or shared servers; RDS Proxy does not support Oracle', 'Oracle의 DRCP(Database Resident Connection Pooling)나 공유 서버. RDS Proxy는 Oracle을 지원하지 않습니다')
        : /db2/.test(says)
          ? L('the Db2 connection concentrator; RDS Proxy does not support Db2', 'Db2 커넥션 집중기(connection concentrator). RDS Proxy는 Db2를 지원하지 않습니다')
          : postgresFamily(engine)
        ? L(aws ? 'PgBouncer, RDS Proxy' : 'PgBouncer', aws ? 'PgBouncer, RDS Proxy' : 'PgBouncer')
        : /mysql|maria|galera|percona|pxc|tidb|vitess|innodb/.test(engine)
          ? L(aws ? 'ProxySQL, RDS Proxy' : 'ProxySQL, or MySQL Router connection sharing', aws ? 'ProxySQL, RDS Proxy' : 'ProxySQL 또는 MySQL Router의 커넥션 공유')
          : aws
            ? L('RDS Proxy, for MySQL, MariaDB, PostgreSQL or SQL Server', 'RDS Proxy: MySQL, MariaDB, PostgreSQL, SQL Server용')
            : L('one that speaks its protocol: PgBouncer for PostgreSQL, ProxySQL for MySQL', '그 데이터베이스의 프로토콜을 쓰는 것: PostgreSQL은 PgBouncer, MySQL은 ProxySQL');
      out.push(
        nodeFinding(
          'connection-exhaustion',
          db.node,
          L(
            `\`${db.name}\` accepts ${l.max} connections (max-connections${l.reserved ? ` ${l.max + l.reserved}, less the ${l.reserved} PostgreSQL keeps for superusers` : ''}), but ${parts.map((p) => p.en).join(' + ')} open ${l.peak}${scaling ? ' at the autoscale maximum' : ''}. ${when.en} Lower the pools${scaling ? ', cap the scaling' : ''}${pooler ? ', raise' : ' or raise'} \`max-connections\` where the server has the memory for more${pooler ? `, or put a connection pooler (${pooler.en}) in front` : " (Tibero's MAX_SESSION_COUNT)"}.`,
            `${josa(`\`${db.name}\``, '은/는')} 커넥션을 ${l.max}개(max-connections${l.reserved ? ` ${l.max + l.reserved}개에서 PostgreSQL이 슈퍼유저용으로 남겨 두는 ${l.reserved}개를 뺀 값` : ''})까지 받는데, ${scaling ? '오토스케일 최대일 때 ' : ''}${parts.map((p) => p.ko).join(' + ')} = ${l.peak}개를 엽니다. ${when.ko} 풀 크기를 줄이거나${scaling ? ', 확장 상한을 낮추거나' : ''}, 서버 메모리에 여유가 있으면 \`max-connections\`를 올리${pooler ? `거나, 커넥션 풀러(${pooler.ko})를 앞에 두세요` : "세요(Tibero의 MAX_SESSION_COUNT)"}.`,
          ),
          { max: l.max, peak: l.peak, caller: sc.name, breaksAt, fits, connections: scaler.connections },
        ),
      );
    }
    return out;
  },
  fixes(design: Design, _facts: Facts, finding: Finding) {
    const caller = design.nodes.get(String(finding.data?.['caller'] ?? ''));
    const fits = finding.data?.['fits'];
    const max = finding.data?.['max'];
    if (!caller || typeof fits !== 'number' || typeof max !== 'number') return [];
    const out = [];
    const auto = caller.attrs.get('autoscale')?.value;
    const peak = Math.max(caller.replicas, auto && auto.type === 'range' ? auto.max : 0);
    const pool = Math.floor(max / Math.max(1, peak));
    if (pool >= 1) out.push(fix(L(`Give each \`${caller.name}\` instance ${pool} connections (connections=${pool})`, `\`${caller.name}\` 인스턴스마다 커넥션 ${pool}개로(connections=${pool})`), [setAttr(design, caller, 'connections', String(pool))], true));
    if (auto && auto.type === 'range' && fits >= Math.max(1, auto.min))
      out.push(fix(L(`Cap \`${caller.name}\` at ${fits} instances (autoscale=${auto.min}..${fits})`, `\`${caller.name}\` 확장 상한을 ${fits}개로(autoscale=${auto.min}..${fits})`), [setAttr(design, caller, 'autoscale', `${auto.min}..${fits}`)]));
    return out;
  },
};
