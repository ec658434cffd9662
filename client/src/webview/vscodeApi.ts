// The webview's handle on the extension: typed postMessage and state (acquireVsCodeApi may be called once).
import type { FromMapPage, MapPageState } from './messages';

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

export class ExtensionBridge {
  private readonly api: VsCodeApi = acquireVsCodeApi();

  post(message: FromMapPage): void {
    this.api.postMessage(message);
  }

  state(): MapPageState | undefined {
    const state = this.api.getState() as MapPageState | undefined;
    return state && typeof state.documentUri === 'string' ? state : undefined;
  }

  saveState(state: MapPageState): void {
    this.api.setState(state);
  }
}
