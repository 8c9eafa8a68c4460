/**
 * The language server's own requests, beyond LSP: the panels of the VS Code
 * client ask for what they draw (the way the squiggles come from the server,
 * the panels' findings and simulation results do too). Plain types and method
 * names, shared by client/ and the server; no protocol library is imported.
 */
import type { AnimationRequest, AnimationView, DesignRef, DiagramView, ScenarioEdit, ServiceStats, SimStep, SimulationRequest, SimulationView } from '../core';

export interface ViewParams extends DesignRef {
  /** The note's URI, as the client syncs it. */
  uri: string;
  locale: 'en' | 'ko';
  theme: 'light' | 'dark';
}

/** `infraNotes/diagram`: the diagram of one design with the findings the editor shows. Null when the note is not open or has no design. */
export const DIAGRAM_REQUEST = 'infraNotes/diagram';
export type DiagramParams = ViewParams;
export type DiagramResult = DiagramView | null;

/** `infraNotes/simulation`: one design's simulation for the panel's steps or a scenario. Null when the note is not open or has no design. */
export const SIMULATION_REQUEST = 'infraNotes/simulation';
export type SimulationParams = ViewParams & SimulationRequest;
export type SimulationResult = SimulationView | null;

/**
 * `infraNotes/animation`: a run of one design (a scenario by name, or the
 * simulation panel's steps) as the animated SVG `infra-notes animate` writes.
 * `svg` is null when `problems` says why it cannot be made (no step, an unknown
 * scenario, an unknown target). Null when the note is not open or has no design.
 */
export const ANIMATION_REQUEST = 'infraNotes/animation';
export interface AnimationParams extends DesignRef, AnimationRequest {
  uri: string;
  locale: 'en' | 'ko';
}
export type AnimationResult = AnimationView | null;

/** `infraNotes/exportMermaid`: the note's text with a plain ```mermaid block after each design, for the version the server has. Null when the note is not open. */
export const EXPORT_MERMAID_REQUEST = 'infraNotes/exportMermaid';
export interface ExportMermaidParams {
  uri: string;
  locale: 'en' | 'ko';
}
export type ExportMermaidResult = { version: number; changed: boolean; text: string } | null;

/**
 * `infraNotes/images`: an SVG image of every design of the note (core/render/image.ts), with the
 * file name it gets next to the note (`NOTE.DESIGN.svg`), for the version the server has.
 * The client writes the files; null when the note is not open.
 */
export const IMAGES_REQUEST = 'infraNotes/images';
export interface ImagesParams {
  uri: string;
  locale: 'en' | 'ko';
  /**
   * SVG files next to the note whose names could be its images (core mayBeImageOf),
   * with the start of their text: the answer's `stale` says which of them an earlier
   * write made for a design the note no longer has.
   */
  existing?: { name: string; text: string }[];
}
export type ImagesResult = { version: number; images: { index: number; title: string; file: string; svg: string }[]; stale: string[] } | null;

/**
 * `infraNotes/scenarioEdit`: the simulation panel's steps as a new `scenario`
 * line of the design (the server formats it; the client applies the edit if the
 * note is still at `version`). Null when the note is not open, has no design or
 * there is no step.
 */
export const SCENARIO_EDIT_REQUEST = 'infraNotes/scenarioEdit';
export interface ScenarioEditParams extends DesignRef {
  uri: string;
  locale: 'en' | 'ko';
  steps: SimStep[];
}
export type ScenarioEditResult = (ScenarioEdit & { version: number }) | null;

/**
 * `infraNotes/stats` (no params): how much analysis the server has done since it
 * started. Not used by the editor: the protocol tests and the benchmark read it to
 * prove that a request (a cursor move in a large note, a hover) reuses the
 * analysis of the current version instead of scanning or parsing the note again.
 */
export const STATS_REQUEST = 'infraNotes/stats';
export type StatsResult = ServiceStats;
