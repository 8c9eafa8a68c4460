// The entry the benchmark bundles with esbuild (the same way out/server.js is built),
// so it measures the built core rather than tsx-transpiled sources.
export { checkDesign, complete, estimate, hover, parseDesign, scanMarkdown, splitLines, sweep, toMermaidDiagram, TopologyService } from '../server/src/core';
