// The language server's strings about JSON datasets (issue #17): progress and quick fixes. The problems'
// own messages are declared with their codes (engine/problems/codes).
import type { MessageCatalog } from '../engine/problems/messages/types';

export const jsonMessages = {
  // The editor shows a progress as "title: message": the message does not repeat the title.
  'progress.json.checking': { en: 'checking {megabytes} MB of JSON', fr: 'vérification de {megabytes} Mo de JSON' },
  'action.json.renameKey': { en: 'Rename “{from}” to “{to}”', fr: 'Renommer « {from} » en « {to} »' },
  'action.json.replaceValue': { en: 'Replace “{from}” with “{to}”', fr: 'Remplacer « {from} » par « {to} »' },
} satisfies MessageCatalog;
