/**
 * The extension host side: starts the language server and wires VS Code to it.
 * No analysis happens here: the panels ask the server (client/src/views.ts),
 * the Markdown preview's script checks each block in the preview itself.
 */
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  RevealOutputChannelOn,
  TransportKind,
  type ErrorHandler,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { registerDiagramPanel } from './diagramPanel';
import { registerMermaidExport } from './exportMermaid';
import { registerSimulationPanel, shownSimulationRun } from './simulationPanel';
import { registerAnimationExport } from './animationExport';
import { registerImageExport } from './exportImages';
import { previewOpenLink, registerPreviewLinks } from './openFromPreview';
import { topologyMarkdownItPlugin, type MarkdownIt } from './preview';
import { serverViews } from './views';
import { RESTART_COMMAND, ServerStatus } from './serverStatus';
import { registerGlossary } from './glossary';
import { registerRuleHelp, withHelpLinks } from './ruleHelp';
import { SHOW_TERM_COMMAND } from '../../server/src/core';

let client: LanguageClient | undefined;

/** Restarts a server that died, unless it keeps dying (5 times in 3 minutes); then `gaveUp` shows it (serverStatus.ts). */
function restartingErrorHandler(output: vscode.OutputChannel, gaveUp: () => void): ErrorHandler & { reset(): void } {
  const restarts: number[] = [];
  return {
    error: () => ({ action: ErrorAction.Continue }),
    closed: () => {
      const now = Date.now();
      restarts.push(now);
      while (restarts.length && now - restarts[0]! > 3 * 60_000) restarts.shift();
      if (restarts.length > 5) {
        output.appendLine(vscode.l10n.t('The Infra Notes language server stopped 5 times in 3 minutes and will not be restarted.'));
        gaveUp();
        // Handled: no error toast of the client's own (it would stay after a restart); the status bar item and a notification that closes itself say it.
        return { action: CloseAction.DoNotRestart, handled: true };
      }
      output.appendLine(vscode.l10n.t('The Infra Notes language server stopped; restarting it.'));
      return { action: CloseAction.Restart, handled: true };
    },
    reset: () => {
      restarts.length = 0;
    },
  };
}

/** What VS Code's Markdown preview asks of an extension that contributes `markdown.markdownItPlugins`. */
export interface InfraNotesApi {
  extendMarkdownIt(md: MarkdownIt): MarkdownIt;
  /** Whether the extension shows the language server as down (it gave up restarting it). */
  isServerDown(): boolean;
}

/** The V8 flags and environment the server runs with: the same as its hashbang (server/src/main.ts says why). */
const SERVER_NODE_FLAGS = ['--max-semi-space-size=2', '--heap-growing-percent=20'];
const SERVER_ENV = { MALLOC_ARENA_MAX: '1', MALLOC_MMAP_THRESHOLD_: '131072' };

export function activate(context: vscode.ExtensionContext): InfraNotesApi {
  const output = vscode.window.createOutputChannel('Infra Notes', { log: true });
  const docsRoot = registerRuleHelp(context);
  const serverModule = context.asAbsolutePath('out/server.js');
  // The status needs the client, the client's error handler the status: bound once both exist.
  const shown: { status?: ServerStatus } = {};
  const errorHandler = restartingErrorHandler(output, () => shown.status?.gaveUp());
  const serverOptions: ServerOptions = {
    // A small young generation and slow heap growth keep the server's memory low on large notes (see server/src/main.ts).
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: SERVER_NODE_FLAGS, env: { ...process.env, ...SERVER_ENV } } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS, '--nolazy', '--inspect=6019'], env: { ...process.env, ...SERVER_ENV } } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
      { scheme: 'file', language: 'topology' },
      { scheme: 'untitled', language: 'topology' },
    ],
    synchronize: { configurationSection: 'infraNotes' },
    initializationOptions: { locale: vscode.env.language },
    outputChannel: output,
    traceOutputChannel: output,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    errorHandler,
    // Hovers link related glossary terms to the one command that shows an entry; no other command runs from a hover.
    markdown: { isTrusted: { enabledCommands: [SHOW_TERM_COMMAND] } },
    // Help links open the rule's page rendered and read-only, in the reader's language (ruleHelp.ts).
    middleware: { handleDiagnostics: (uri, diagnostics, next) => next(uri, withHelpLinks(diagnostics, docsRoot)) },
  };
  client = new LanguageClient('infraNotes', 'Infra Notes', serverOptions, clientOptions);
  const status = new ServerStatus(client);
  shown.status = status;
  context.subscriptions.push(
    output,
    status,
    vscode.commands.registerCommand(RESTART_COMMAND, async () => {
      // A restart asked for by the user starts the crash count afresh.
      errorHandler.reset();
      if (!client) return;
      // A client that gave up (or never started) cannot be stopped: restart() would throw. Start it.
      if (client.isRunning()) await client.restart();
      else await client.start();
    }),
    vscode.commands.registerCommand('infraNotes.showOutput', () => output.show(true)),
  );
  registerGlossary(context);
  const views = serverViews(client);
  registerDiagramPanel(context, views);
  registerSimulationPanel(context, views);
  registerAnimationExport(context, views, shownSimulationRun);
  registerMermaidExport(context, views);
  registerPreviewLinks(context, views, (s) => output.info(s));
  registerImageExport(context, views, (s) => output.info(s));
  // The preview plugin and panels work even if the server cannot start; say why in the output.
  client.start().catch((err: unknown) => output.error(vscode.l10n.t('The Infra Notes language server could not start: {0}', String(err))));
  // The preview's script cannot reach the server: the plugin hands it the user's rule severities.
  const rules = (): unknown => vscode.workspace.getConfiguration('infraNotes').get('rules');
  return { extendMarkdownIt: (md) => topologyMarkdownItPlugin(md, rules, previewOpenLink), isServerDown: () => status.isDown };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
