/** Technology profiles: the cited defaults (table), which one a node gets (select), and its resolved timings. */
export { PROFILES, K8S_CRASH, K8S_NODE, KAFKA_CONSUMER, MONGODB, COCKROACHDB, GALERA, CLICKHOUSE_FAILOVER, GCP_OUTLIER, PROXYSQL_GALERA, PG_AUTO_FAILOVER, PG_WAL_SENDER, AZURE_SQL_FOG, COSMOS, MYSQL_SEMI_SYNC, ORACLE_DG, DB2_HADR, SQLSERVER_AG, SEARCH_PROFILES, profileLabel, type Profile, type ProfileId, type ProfileValues, type Status, type Value } from './table';
export { canonicalEngine, ENGINE_PROFILES, PRODUCT_ONLY, selectProfile, type Selection, type SelectInput } from './select';
export { brokerPair, timingsAs, timingsOf, timingsUnder, failoverTimingsOf, selectionOf, defaultAvailability, type Timing, type Timings } from './timings';
