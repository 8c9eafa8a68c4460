// The entry the benchmark bundles with esbuild (the same way out/server.js is built),
// so it measures the built core rather than tsx-transpiled sources.
export { TopologyService } from '../server/src/core/service';
export { parseDesign } from '../server/src/core/parser';
export { checkDesign } from '../server/src/core/rules/index';
export { hover, complete } from '../server/src/core/features';
export { sweep } from '../server/src/core/simulate';
export { estimate } from '../server/src/core/estimate';
export { toMermaidDiagram } from '../server/src/core/mermaid';
export { scanMarkdown, splitLines } from '../server/src/core/fences';
