// Every custom message between the extension client and the language server, named once and typed,
// imported by both sides (client/src and server/src) so no method string is written twice.
import { NotificationType, RequestType, RequestType0 } from 'vscode-languageserver-protocol';

/** The schema that applies to a document, and why (for the status bar and the code lens). */
export interface SchemaInForce {
  uri: string;
  /** Catalog reference (`id@version`), URL or path; undefined when only structural checks apply. */
  ref?: string;
  title?: string;
  id?: string;
  version?: string;
  /** Where the choice came from. */
  source: 'sidecar' | 'setting' | 'choice' | 'detected' | 'none';
  /** A schema reference that could not be resolved (shown as a warning in the status bar). */
  error?: string;
  errors: number;
  warnings: number;
}

export namespace SchemaInForceNotification {
  export const method = 'opendataLint/schemaInForce';
  export const type = new NotificationType<SchemaInForce>(method);
}

export interface CatalogEntry {
  id: string;
  title: string;
  description: string;
  versions: string[];
  latest: string;
}

export namespace CatalogRequest {
  export const method = 'opendataLint/catalog';
  export const type = new RequestType0<CatalogEntry[], void>(method);
}

export namespace SchemaForDocumentRequest {
  export const method = 'opendataLint/schemaForDocument';
  export const type = new RequestType<{ uri: string }, SchemaInForce | null, void>(method);
}

/** Commands the server's code actions and code lenses ask the client to run. */
export const ClientCommands = {
  /** Arguments: uri (string), schema reference (string). Records the choice in the workspace settings. */
  useSchema: 'opendataLint.useSchema',
  /** Arguments: uri (string). Opens the catalog quick pick for that document. */
  pickSchema: 'opendataLint.pickSchema',
} as const;
