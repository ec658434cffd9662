// Interface strings of the CLI and the language server (not problems).
import type { MessageCatalog } from './types';

export const uiMessages: MessageCatalog = {
  'cli.summary.clean': { en: '{path}: no problems ({rows} rows)', fr: '{path} : aucun problème ({rows} lignes)' },
  'cli.summary.problems': {
    en: '{path}: {errors} error(s), {warnings} warning(s), {infos} info ({rows} rows)',
    fr: '{path} : {errors} erreur(s), {warnings} avertissement(s), {infos} info(s) ({rows} lignes)',
  },
  'cli.total': {
    en: '{files} file(s) checked: {errors} error(s), {warnings} warning(s)',
    fr: '{files} fichier(s) vérifié(s) : {errors} erreur(s), {warnings} avertissement(s)',
  },
  'cli.error.noFiles': { en: 'No CSV file found in: {inputs}', fr: 'Aucun fichier CSV trouvé dans : {inputs}' },
  'cli.error.read': { en: 'Cannot read {path}: {reason}', fr: 'Impossible de lire {path} : {reason}' },
  'cli.error.usage': { en: 'Usage error: {reason}', fr: "Erreur d'utilisation : {reason}" },
  'cli.error.unknownOption': { en: 'unknown option {option}', fr: 'option inconnue {option}' },
  'cli.error.missingValue': { en: 'option {option} needs a value', fr: "l'option {option} attend une valeur" },
  'cli.error.unknownCommand': { en: 'unknown command “{command}”', fr: 'commande inconnue « {command} »' },
  'cli.error.badLang': { en: '--lang takes fr or en', fr: '--lang accepte fr ou en' },
  'severity.error': { en: 'error', fr: 'erreur' },
  'severity.warning': { en: 'warning', fr: 'avertissement' },
  'severity.information': { en: 'info', fr: 'info' },
  'severity.hint': { en: 'hint', fr: 'indice' },
};
