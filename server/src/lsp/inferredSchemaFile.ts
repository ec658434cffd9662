// The inferred schema of a table as the client writes it (JSON text, a summary, the closest catalog
// schema): computed by the engine (engine/schema/infer), on the infer worker's thread or in place.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { inferenceSummaryParams, inferSchema, schemaJson, suggestionParams, suggestSchema } from '../engine';
import { t, type Locale } from '../i18n';
import type { InferredSchemaFile } from '../protocol';

export function inferredSchemaFile(file: string, text: string, locale: Locale, sidecarFile: string | undefined): InferredSchemaFile {
  const inferred = inferSchema(text, { fileName: path.basename(file), locale });
  const suggestion = suggestSchema(inferred.schema);
  return {
    uri: pathToFileURL(path.join(path.dirname(file), 'schema.json')).href,
    content: schemaJson(inferred.schema),
    summary: t('infer.summary', locale, inferenceSummaryParams(inferred)),
    ...(suggestion ? { suggestion: { ref: `${suggestion.id}@${suggestion.version}`, message: t('infer.suggestion', locale, suggestionParams(suggestion)) } } : {}),
    ...(sidecarFile ? { sidecarUri: pathToFileURL(sidecarFile).href } : {}),
  };
}
