/**
 * How the panels reach the language server: its own requests for the views
 * they draw (server/src/lsp/requests.ts). The extension host analyses nothing.
 */
import type { DiagramParams, DiagramResult, ExportMermaidParams, ExportMermaidResult, SimulationParams, SimulationResult } from '../../server/src/lsp/requests';
import { DIAGRAM_REQUEST, EXPORT_MERMAID_REQUEST, SIMULATION_REQUEST } from '../../server/src/lsp/requests';

/** What a panel asks the server; a view is null when the note is not open there or has no design. */
export interface PanelViews {
  diagram(p: DiagramParams): Promise<DiagramResult>;
  simulation(p: SimulationParams): Promise<SimulationResult>;
  /** The note with its ```mermaid blocks written (the "Write Diagrams for GitHub" command). */
  exportMermaid(p: ExportMermaidParams): Promise<ExportMermaidResult>;
}

/** The server's answers through a client with `sendRequest` (the LanguageClient). */
export function serverViews(client: { sendRequest<R>(method: string, params: unknown): Promise<R> }): PanelViews {
  return {
    diagram: (p) => client.sendRequest<DiagramResult>(DIAGRAM_REQUEST, p),
    simulation: (p) => client.sendRequest<SimulationResult>(SIMULATION_REQUEST, p),
    exportMermaid: (p) => client.sendRequest<ExportMermaidResult>(EXPORT_MERMAID_REQUEST, p),
  };
}
