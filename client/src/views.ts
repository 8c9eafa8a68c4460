/**
 * How the panels reach the language server: its own requests for the views
 * they draw (server/src/lsp/requests.ts). The extension host analyses nothing.
 */
import type { AnimationParams, AnimationResult, DiagramParams, DiagramResult, ExportMermaidParams, ExportMermaidResult, ImagesParams, ImagesResult, ScenarioEditParams, ScenarioEditResult, SimulationParams, SimulationResult } from '../../server/src/lsp/requests';
import { ANIMATION_REQUEST, DIAGRAM_REQUEST, EXPORT_MERMAID_REQUEST, IMAGES_REQUEST, SCENARIO_EDIT_REQUEST, SIMULATION_REQUEST } from '../../server/src/lsp/requests';

/** What a panel asks the server; a view is null when the note is not open there or has no design. */
export interface PanelViews {
  diagram(p: DiagramParams): Promise<DiagramResult>;
  simulation(p: SimulationParams): Promise<SimulationResult>;
  /** The panel's steps as a `scenario` line for the note (the server formats it; the panel applies it). */
  scenarioEdit(p: ScenarioEditParams): Promise<ScenarioEditResult>;
  /** A run as the animated SVG `infra-notes animate` writes (the "Export Animation" command). */
  animation(p: AnimationParams): Promise<AnimationResult>;
  /** The note with its ```mermaid blocks written (the "Write Diagrams for GitHub" command). */
  exportMermaid(p: ExportMermaidParams): Promise<ExportMermaidResult>;
  /** An SVG image of every design of the note, with its file name next to the note (the client writes them). */
  images(p: ImagesParams): Promise<ImagesResult>;
}

/** The server's answers through a client with `sendRequest` (the LanguageClient). */
export function serverViews(client: { sendRequest<R>(method: string, params: unknown): Promise<R> }): PanelViews {
  return {
    diagram: (p) => client.sendRequest<DiagramResult>(DIAGRAM_REQUEST, p),
    simulation: (p) => client.sendRequest<SimulationResult>(SIMULATION_REQUEST, p),
    scenarioEdit: (p) => client.sendRequest<ScenarioEditResult>(SCENARIO_EDIT_REQUEST, p),
    animation: (p) => client.sendRequest<AnimationResult>(ANIMATION_REQUEST, p),
    exportMermaid: (p) => client.sendRequest<ExportMermaidResult>(EXPORT_MERMAID_REQUEST, p),
    images: (p) => client.sendRequest<ImagesResult>(IMAGES_REQUEST, p),
  };
}
