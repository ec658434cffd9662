// Leading zeros that Excel dropped from codes read as numbers: INSEE codes, postcodes, SIREN/SIRET, phone
// numbers. Restored only when the schema makes it certain: exactly one number of zeros gives a value the
// field accepts (pattern, length), or the identifier's own checks (Luhn, numbering plan) pass.
import { diagnosePhoneNumber } from '../../values/frenchPhoneNumbers';
import type { Problem } from '../../problems/problem';
import type { FixContext } from '../core/context';
import type { ProblemFixer } from '../core/fixer';
import { cellOffer, fieldAccepts } from '../core/offers';
import type { FixProposal, FixSafety } from '../fix';

/** More than two lost zeros is not a code Excel damaged, it is another value. */
const MAX_ZEROS = 2;

function fromConstraint(problem: Problem, context: FixContext): FixProposal | undefined {
  const variant = problem.params.variant;
  if (variant !== 'pattern' && variant !== 'minLength') return undefined;
  const cell = context.cellOf(problem);
  if (!cell?.field || cell.field.type !== 'string' || !/^\d+$/.test(cell.value)) return undefined;
  const fits: string[] = [];
  for (let zeros = 1; zeros <= MAX_ZEROS; zeros++) {
    const padded = '0'.repeat(zeros) + cell.value;
    if (fieldAccepts(cell.field, padded)) fits.push(padded);
  }
  if (fits.length !== 1) return undefined;
  // One zero is the classic case (département 01–09, 0 of a phone number); two deserve a look.
  const safety: FixSafety = fits[0].length - cell.value.length === 1 ? 'safe' : 'unsafe';
  const offer = cellOffer(context, cell, fits[0], { kind: 'leading-zeros', safety, titleKey: 'fix.leadingZeros' });
  return offer ? { offers: [offer] } : undefined;
}

function fromCompanyId(problem: Problem, context: FixContext): FixProposal | undefined {
  const suggestion = problem.params.suggestion;
  if (problem.params.variant !== 'leading-zero-lost' || typeof suggestion !== 'string') return undefined;
  const cell = context.cellOf(problem);
  const offer = cell && cellOffer(context, cell, suggestion, { kind: 'leading-zeros', safety: 'safe', titleKey: 'fix.leadingZeros' });
  return offer ? { offers: [offer] } : undefined;
}

function fromPhoneNumber(problem: Problem, context: FixContext): FixProposal | undefined {
  const cell = context.cellOf(problem);
  if (!cell) return undefined;
  // (Nine digits without their 0 are a valid national significant number for the check: nothing to fix.)
  const suggestion = problem.params.suggestion;
  if (problem.params.variant === 'overseas-national' && typeof suggestion === 'string' && diagnosePhoneNumber(suggestion) === undefined) {
    const offer = cellOffer(context, cell, suggestion, { kind: 'phone-international', safety: 'unsafe', titleKey: 'fix.phoneInternational' });
    return offer ? { offers: [offer] } : undefined;
  }
  return undefined;
}

export const leadingZerosFixer: ProblemFixer = {
  kinds: ['leading-zeros', 'phone-international'],
  codes: ['constraint-error', 'french-siren-value', 'french-siret-value', 'phone-number-value'],
  propose: (problem, context) => {
    if (problem.code === 'constraint-error') return fromConstraint(problem, context);
    if (problem.code === 'phone-number-value') return fromPhoneNumber(problem, context);
    return fromCompanyId(problem, context);
  },
};
