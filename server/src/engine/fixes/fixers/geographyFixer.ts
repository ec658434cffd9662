// Fixes of the geography checks, read from the problems' params (checks/geography): an empty commune code
// filled from the row's name and postcode (safe: one commune has both), a former commune's code replaced by
// its commune's (unsafe: the delegated commune may be meant), a postcode in the code column replaced by the
// code the row's name designates (unsafe), a lost leading zero (safe), and a name that disagrees with its
// code: the official name, or the code the name and postcode designate (two readings: choices).
import type { Problem } from '../../problems/problem';
import type { FixContext } from '../core/context';
import type { ProblemFixer } from '../core/fixer';
import { cellOffer, fieldAccepts } from '../core/offers';
import type { FixOffer, FixProposal } from '../fix';

const str = (value: Problem['params'][string]): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

function offers(...list: (FixOffer | undefined)[]): FixProposal | undefined {
  const found = list.filter((offer): offer is FixOffer => offer !== undefined);
  return found.length > 0 ? { offers: found } : undefined;
}

/** A new value for the problem's own cell, when its field accepts it. */
function onCell(problem: Problem, context: FixContext, value: string | undefined, kind: string, safety: FixOffer['safety'], titleKey: string, name: string | undefined): FixOffer | undefined {
  const cell = context.cellOf(problem);
  if (!cell || value === undefined || !fieldAccepts(cell.field, value)) return undefined;
  return cellOffer(context, cell, value, { kind, safety, titleKey, titleParams: { name: name ?? '' } });
}

function nameMismatch(problem: Problem, context: FixContext): FixProposal | undefined {
  const official = str(problem.params.official);
  const byName = onCell(problem, context, official, 'commune-name-official', 'choice', 'fix.communeNameOfficial', official);
  const suggestion = str(problem.params.suggestion);
  const codeFieldNumber = problem.params.codeFieldNumber;
  let byCode: FixOffer | undefined;
  if (suggestion && typeof codeFieldNumber === 'number' && problem.rowNumber !== undefined) {
    const cell = context.cell(problem.rowNumber, codeFieldNumber - 1);
    if (cell && fieldAccepts(cell.field, suggestion)) {
      byCode = cellOffer(context, cell, suggestion, { kind: 'commune-code-for-name', safety: 'choice', titleKey: 'fix.communeCodeForName', titleParams: { name: str(problem.params.suggestionName) ?? '' } });
    }
  }
  return offers(byCode, byName);
}

export const geographyFixer: ProblemFixer = {
  kinds: ['commune-code-fill', 'commune-code-current', 'commune-code-from-name', 'commune-name-official', 'commune-code-for-name', 'leading-zeros'],
  codes: ['commune-code-missing', 'commune-code-former', 'commune-code-unknown', 'commune-name-mismatch'],
  propose: (problem, context) => {
    const params = problem.params;
    switch (problem.code) {
      case 'commune-code-missing':
        return offers(onCell(problem, context, str(params.suggestion), 'commune-code-fill', 'safe', 'fix.communeCodeFill', str(params.suggestionName)));
      case 'commune-code-former':
        // A code several communes list as former (a commune split up) has no single replacement.
        if (Array.isArray(params.currents)) return undefined;
        return offers(onCell(problem, context, str(params.current), 'commune-code-current', 'unsafe', 'fix.communeCodeCurrent', str(params.currentName)));
      case 'commune-code-unknown':
        if (params.variant === 'leading-zero') return offers(onCell(problem, context, str(params.suggestion), 'leading-zeros', 'safe', 'fix.leadingZeros', str(params.suggestionName)));
        return offers(onCell(problem, context, str(params.suggestion), 'commune-code-from-name', 'unsafe', 'fix.communeCodeFromName', str(params.suggestionName)));
      case 'commune-name-mismatch':
        return nameMismatch(problem, context);
      default:
        return undefined;
    }
  },
};
