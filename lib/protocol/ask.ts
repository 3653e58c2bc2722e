/**
 * The one way any context asks the background something: the request's type names its answer's
 * (./requests.ts). It resolves with `undefined` when the background refused the request (a sender
 * or a payload it does not take), and rejects when the background cannot be reached (starting up,
 * or the extension reloaded under an orphaned content script), never throwing synchronously.
 */
import { browser } from 'wxt/browser';
import type { AnswerOf, RequestOf, RequestType } from './requests';

export async function ask<T extends RequestType>(
  request: { type: T } & RequestOf<T>,
): Promise<AnswerOf<T> | undefined> {
  return browser.runtime.sendMessage(request);
}
