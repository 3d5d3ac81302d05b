// Starts `messagelint lsp` for Markdown, plain-text and e-mail drafts and passes the user's
// settings to it, at start (initializationOptions) and whenever they change.
import * as vscode from 'vscode';
import {
  DidChangeConfigurationNotification,
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
} from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

/** The settings the server reads; the command and its arguments stay on this side. */
function serverSettings(): Record<string, unknown> {
  const config = vscode.workspace.getConfiguration('messagelint');
  return {
    profile: config.get<string | null>('profile', null) || null,
    language: config.get<string>('language', 'auto'),
    messageLanguage: config.get<string>('messageLanguage', 'auto'),
    useClassifier: config.get<boolean>('useClassifier', true),
    maxSize: config.get<number>('maxSize', 2 * 1024 * 1024),
    // Rule assemblies named in a workspace's messagelint.json are code: load them only once the
    // user trusts the workspace.
    loadRuleAssemblies: vscode.workspace.isTrusted,
  };
}

function createClient(): LanguageClient {
  const config = vscode.workspace.getConfiguration('messagelint');
  const serverOptions: ServerOptions = {
    command: config.get<string>('path', 'messagelint'),
    args: [...config.get<string[]>('args', []), 'lsp'],
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'untitled', language: 'plaintext' },
      { scheme: 'file', pattern: '**/*.eml' },
    ],
    initializationOptions: serverSettings(),
  };
  return new LanguageClient('messagelint', 'MessageLint', serverOptions, clientOptions);
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  client = createClient();
  await client.start();

  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (!event.affectsConfiguration('messagelint') || client === undefined) {
        return;
      }

      if (event.affectsConfiguration('messagelint.path') || event.affectsConfiguration('messagelint.args')) {
        // A different server binary: start it afresh.
        await client.stop();
        client = createClient();
        await client.start();
        return;
      }

      await client.sendNotification(DidChangeConfigurationNotification.type, {
        settings: { messagelint: serverSettings() },
      });
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(async () => {
      await client?.sendNotification(DidChangeConfigurationNotification.type, {
        settings: { messagelint: serverSettings() },
      });
    }),
  );
}

export async function deactivate(): Promise<void> {
  if (client !== undefined) {
    await client.stop();
    client = undefined;
  }
}
