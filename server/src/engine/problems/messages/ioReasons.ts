// Why a file could not be read or written, in our words: Node's error codes (errno names) phrased in
// French and English, so that its English messages ("ENOENT: no such file or directory…") never reach a user.
import type { ProblemParams } from '../problem';
import type { Locale } from './types';

const IO_REASONS: Record<string, Record<Locale, string>> = {
  ENOENT: { en: 'file not found', fr: 'fichier introuvable' },
  ENOTDIR: { en: 'a folder of the path is a file', fr: 'un dossier du chemin est un fichier' },
  EISDIR: { en: 'this is a folder, not a file', fr: 'c’est un dossier, pas un fichier' },
  EACCES: { en: 'permission denied', fr: 'accès refusé' },
  EPERM: { en: 'operation not permitted', fr: 'opération non autorisée' },
  EMFILE: { en: 'too many files open', fr: 'trop de fichiers ouverts' },
  ENFILE: { en: 'too many files open', fr: 'trop de fichiers ouverts' },
  EBUSY: { en: 'the file is in use', fr: 'le fichier est occupé' },
  ELOOP: { en: 'too many symbolic links', fr: 'trop de liens symboliques' },
  ENAMETOOLONG: { en: 'name too long', fr: 'nom trop long' },
  ENOSPC: { en: 'no space left on the disk', fr: 'plus de place sur le disque' },
  EROFS: { en: 'read-only file system', fr: 'système de fichiers en lecture seule' },
  EEXIST: { en: 'the file already exists', fr: 'le fichier existe déjà' },
  EIO: { en: 'input/output error', fr: 'erreur d’entrée-sortie' },
  // Our own codes, in the errno style so that they travel the same way.
  ENOTREGULAR: { en: 'not a regular file (a device, a pipe or a socket): only files are read', fr: 'ce n’est pas un fichier ordinaire (un périphérique, un tube ou une socket) : seuls les fichiers sont lus' },
  ESCHEMATOOBIG: { en: 'larger than 5 MB, too large for a schema', fr: 'plus de 5 Mo, trop gros pour un schéma' },
  ELINKOUTSIDE: { en: 'a symbolic link to a file outside this folder', fr: 'un lien symbolique vers un fichier hors de ce dossier' },
  EREADONLY: { en: 'the file is read-only: it is not modified', fr: 'le fichier est en lecture seule : il n’est pas modifié' },
  EAGAIN: { en: 'resource temporarily unavailable', fr: 'ressource momentanément indisponible' },
};

/** Whether a reason is an errno code (`ENOENT`), as the engine and the CLI keep them. */
export function isErrnoCode(reason: unknown): reason is string {
  return typeof reason === 'string' && /^E[A-Z0-9]+$/.test(reason);
}

/**
 * A read or write failure in words: an errno code phrased (an unknown one named as a system error), any other
 * reason (our own text) as it is.
 */
export function ioReason(reason: ProblemParams[string], locale: Locale): string {
  if (!isErrnoCode(reason)) return String(reason ?? '');
  return IO_REASONS[reason]?.[locale] ?? (locale === 'fr' ? `erreur système ${reason}` : `system error ${reason}`);
}
