// Test helpers for the quick fixes: validate a text against a schema, get a problem's proposal, apply offers.
import { strict as assert } from 'node:assert';
import { FixSession, applyEdits, type FixOffer, type FixProposal } from '../../../server/src/engine/fixes';
import type { Problem } from '../../../server/src/engine/problems/problem';
import { schemaCheckers } from '../../../server/src/engine/checks/schemaCheckers';
import type { TableSchema } from '../../../server/src/engine/schema/tableSchema';
import type { Dialect } from '../../../server/src/engine/table/dialect';
import { validateText, type ValidationReport } from '../../../server/src/engine/validate';
import { t } from '../../../server/src/i18n';

export interface Fixture {
  text: string;
  schema?: TableSchema;
  report: ValidationReport;
  session: FixSession;
}

export function prepare(text: string, schema?: TableSchema, dialect?: Partial<Dialect>): Fixture {
  const report = validateText(text, { dialect, checkers: schema ? schemaCheckers(schema) : [] });
  return { text, schema, report, session: new FixSession({ text, problems: report.problems, schema, dialect: report.dialect }) };
}

/** The problem with this code on this 1-based row (header = 1) and field, failing with the codes found otherwise. */
export function problemAt(fixture: Fixture, code: string, rowNumber: number, fieldName?: string): Problem {
  const found = fixture.report.problems.find((p) => p.code === code && p.rowNumber === rowNumber && (fieldName === undefined || p.fieldName === fieldName));
  assert.ok(found, `no ${code} at row ${rowNumber} ${fieldName ?? ''}: ${JSON.stringify(fixture.report.problems.map((p) => [p.code, p.rowNumber, p.fieldName, p.params.value]))}`);
  return found;
}

export function proposalAt(fixture: Fixture, code: string, rowNumber: number, fieldName?: string): FixProposal {
  return fixture.session.proposalFor(problemAt(fixture, code, rowNumber, fieldName));
}

/** The offers as [kind, safety, English title] for compact assertions. */
export function described(offers: readonly FixOffer[]): [string, string, string][] {
  return offers.map((offer) => [offer.kind, offer.safety, t(offer.title.key, 'en', offer.title.params)]);
}

export function applied(fixture: Fixture, offer: FixOffer): string {
  return applyEdits(fixture.text, offer.edits);
}

export function noteText(proposal: FixProposal, locale: 'en' | 'fr' = 'en'): string | undefined {
  return proposal.note ? t(proposal.note.key, locale, proposal.note.params) : undefined;
}

/** A one-field schema. */
export function fieldSchema(field: Record<string, unknown>, extra: Partial<TableSchema> = {}): TableSchema {
  return { fields: [{ name: 'id', type: 'integer' }, field as TableSchema['fields'][number]], ...extra };
}
