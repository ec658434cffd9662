// A request the server refuses with a reason for the user (e.g. nothing is written from a file shown
// garbled): the reason is shown as an error message, and the command stops there.
import * as vscode from 'vscode';
import { ResponseError } from 'vscode-languageclient/node';

/** The request's result, or undefined once the server's refusal was shown to the user. */
export async function unlessRefused<T>(request: Promise<T>): Promise<T | undefined> {
  try {
    return await request;
  } catch (error) {
    if (!(error instanceof ResponseError)) throw error;
    void vscode.window.showErrorMessage(error.message);
    return undefined;
  }
}
