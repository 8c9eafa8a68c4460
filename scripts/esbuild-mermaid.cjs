// An esbuild plugin for the browser bundles (Markdown preview, diagram and simulation
// webviews): they draw only flowcharts, so mermaid's other diagram types and layouts,
// which mermaid loads with `import()` when a diagram of that type is detected, are left
// out (a stub module stands in for each), and so are its layouts but dagre (swimlanes,
// cose-bilkent with cytoscape) and its size-capture helper (off unless a global asks). The IIFE bundles cannot split code, so without
// this every diagram type (with langium's parser, cytoscape and their chunks) is parsed
// and compiled on every page load. A stub is never loaded for flowchart text; if it were,
// mermaid reports "diagram not available" as a render error, which the pages show.
'use strict';

/** Mermaid's lazily loaded modules the pages need: the flowchart, and the dagre layout (the fallback). */
const KEPT = /^\.\/(chunks\/mermaid\.core\/)?(flowDiagram|dagre)-[A-Z0-9]+\.mjs$/;
/** A module mermaid loads on demand: a diagram type (from mermaid.core.mjs) or a layout (from its chunks). */
const LAZY = /^\.\/(chunks\/mermaid\.core\/)?[^/]+-[A-Z0-9]+\.mjs$/;

/** @type {import('esbuild').Plugin} */
const mermaidFlowchartOnly = {
  name: 'mermaid-flowchart-only',
  setup(build) {
    build.onResolve({ filter: LAZY }, (args) => {
      if (args.kind !== 'dynamic-import' || !/[\\/]mermaid[\\/]dist[\\/]/.test(args.importer) || KEPT.test(args.path)) return undefined;
      return { path: args.path, namespace: 'mermaid-left-out' };
    });
    build.onLoad({ filter: /.*/, namespace: 'mermaid-left-out' }, (args) => ({
      contents: `throw new Error(${JSON.stringify(`diagram not available in Infra Notes (only flowcharts are bundled): ${args.path}`)});`,
      loader: 'js',
    }));
  },
};

module.exports = { mermaidFlowchartOnly };
