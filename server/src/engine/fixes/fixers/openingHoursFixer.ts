// Opening hours to OpenStreetMap syntax: French free text converted with parseOpeningHoursFr (every value
// checked by the opening_hours library, loaded lazily), or the library's own rewriting of a value it only
// accepted with warnings. Fields: those with the `opening-hours-value` check, and string fields whose name
// says opening hours when the value fails the field's pattern.
import type { Problem } from '../../problems/problem';
import type { FixContext } from '../core/context';
import type { ProblemFixer } from '../core/fixer';
import { cellOffer, fieldAccepts } from '../core/offers';
import type { FixOffer, FixProposal } from '../fix';
import { parseOpeningHoursFr } from '../openingHours';
import { isOpeningHoursField } from '../../values/openingHoursProse';

/** The words of OSM opening_hours (days, months, keywords, solar events); an "h" after digits is an hour mark. */
const OSM_WORDS = /\b(?:Mo|Tu|We|Th|Fr|Sa|Su|PH|SH|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|off|closed|open|unknown|week|easter|sunrise|sunset|dawn|dusk)\b|(?<=\d)h\b/g;

function onlyOsmWords(value: string): boolean {
  return !/\p{L}/u.test(value.replace(/"[^"]*"/g, '').replace(OSM_WORDS, ''));
}

function propose(problem: Problem, context: FixContext): FixProposal | undefined {
  const cell = context.cellOf(problem);
  if (!cell) return undefined;
  const field = cell.field;
  if (problem.code === 'constraint-error') {
    if (problem.params.variant !== 'pattern' || field?.type !== 'string' || !isOpeningHoursField(cell.columnName)) return undefined;
  } else if (problem.code !== 'opening-hours-value') return undefined;

  // The library's own rewriting of a value it accepted with warnings: certain when only the notation changes
  // ("08h" → "08:00", a stray ";"); when it had to guess words ("lundi-vendredi"), the French converter's
  // reading comes first and the library's is a fallback to look at.
  const suggestion = problem.code === 'opening-hours-value' && typeof problem.params.suggestion === 'string' && problem.params.suggestion !== cell.value ? problem.params.suggestion : undefined;
  const normalize = (safety: 'safe' | 'unsafe') => suggestion && cellOffer(context, cell, suggestion, { kind: 'opening-hours-normalize', safety, titleKey: 'fix.openingHours' });
  if (suggestion && onlyOsmWords(cell.value)) {
    const offer = normalize('safe');
    if (offer) return { offers: [offer] };
  }

  const conversion = parseOpeningHoursFr(cell.value);
  if (conversion.ok) {
    if (!fieldAccepts(field, conversion.value)) return { offers: [], note: { key: 'fix-note.opening-hours.pattern', params: { value: cell.value, candidate: conversion.value } } };
    const offer = cellOffer(context, cell, conversion.value, { kind: 'opening-hours', safety: 'unsafe', titleKey: 'fix.openingHours' });
    return { offers: offer ? [offer] : [] };
  }
  const guessed = normalize('unsafe');
  if (guessed) return { offers: [guessed] };
  const candidates = (conversion.candidates ?? []).filter((value) => fieldAccepts(field, value));
  if (conversion.reason === 'ambiguous' && candidates.length > 1) {
    const offers = candidates
      .map((value) => cellOffer(context, cell, value, { kind: 'opening-hours', safety: 'choice', titleKey: 'fix.openingHours' }))
      .filter((offer): offer is FixOffer => offer !== undefined);
    return { offers, note: { key: 'fix-note.opening-hours.several-readings', params: { value: cell.value, readings: candidates } } };
  }
  const detail = conversion.detail;
  const key =
    conversion.reason === 'unparsed-text'
      ? detail === 'too-long'
        ? 'fix-note.opening-hours.too-long'
        : 'fix-note.opening-hours.unparsed-text'
      : conversion.reason === 'ambiguous'
        ? `fix-note.opening-hours.${detail ?? 'incomplete'}`
        : `fix-note.opening-hours.${conversion.reason}`;
  return { offers: [], note: { key, params: { value: cell.value, detail } } };
}

export const openingHoursFixer: ProblemFixer = { kinds: ['opening-hours', 'opening-hours-normalize'], codes: ['opening-hours-value', 'constraint-error'], propose };
