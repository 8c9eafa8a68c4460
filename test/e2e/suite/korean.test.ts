// Korean UI: run by test/e2e/vscode.test.ts with `locale: 'ko'` (code-server
// --locale ko plus a stub language pack, see scripts/vscode/run.mjs) and
// INFRA_NOTES_E2E_LOCALE=ko, INFRA_NOTES_E2E_GREP=@ko. Registered only when
// INFRA_NOTES_E2E_LOCALE=ko, so the English run does not see it.
//
// The client sends vscode.env.language to the server (initializationOptions
// .locale); the server then answers in Korean: diagnostics, hovers (Korean
// first), code action titles.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, EXTENSION_ID, hoverText, openNote, positionOf, rangeText, waitForDiagnostics, waitForHover } from './util';

export function register(): void {
  suite('Korean UI @ko', () => {
    suiteSetup(async () => {
      const ext = vscode.extensions.getExtension(EXTENSION_ID);
      assert.ok(ext, `${EXTENSION_ID} is not loaded`);
      await ext.activate();
    });

    test('vscode.env.language is ko', () => {
      assert.equal(vscode.env.language, 'ko');
    });

    test('diagnostics are in Korean (알 수 없는 종류)', async () => {
      const editor = await openNote('ko.md');
      const uri = editor.document.uri;
      const ds = await waitForDiagnostics(uri, (x) => x.some((d) => codeOf(d) === 'unknown-kind'), 'unknown-kind on `app-servr`');
      const d = ds.find((x) => codeOf(x) === 'unknown-kind')!;
      assert.equal(rangeText(d.range), '6:5-6:14');
      assert.ok(d.message.startsWith('알 수 없는 종류 `app-servr`입니다. `app-server`를 뜻했나요?'), d.message);
    });

    test('hover on 페일오버 explains it in Korean, with the English term on one line', async () => {
      const editor = await openNote('ko.md');
      const uri = editor.document.uri;
      const h = await waitForHover(uri, positionOf(editor.document, '페일오버가', 2), (t) => t.includes('페일오버'), 'glossary hover on 페일오버');
      const text = hoverText(h);
      assert.ok(text.startsWith('**페일오버** — 운영 중인 시스템에 장애가 생기면 대기 중인 예비 시스템으로 처리를 넘겨'), text);
      assert.ok(text.includes('*English:* Failover'), text);
      assert.ok(!text.includes('Switching work from a failed system'), 'one language by default');
      assert.ok(h.range);
      assert.equal(rangeText(h.range), '2:0-2:4');
    });

    test('quick fix titles are in Korean', async () => {
      const editor = await openNote('fix.md');
      const uri = editor.document.uri;
      const ds = await waitForDiagnostics(uri, (x) => x.some((d) => codeOf(d) === 'no-health-check'), 'no-health-check on `lb`');
      const diag = ds.find((d) => codeOf(d) === 'no-health-check')!;
      assert.ok(diag.message.startsWith('`lb` 로드밸런서에 헬스 체크가 없습니다.'), diag.message);
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diag.range);
      const titles = actions.map((a) => a.title);
      for (const t of ['`lb`에 헬스 체크 추가', '이 줄에서 no-health-check 끄기', '이 설계에서 no-health-check 끄기']) {
        assert.ok(titles.includes(t), `"${t}" missing from: ${titles.join(' | ')}`);
      }
    });
  });
}
