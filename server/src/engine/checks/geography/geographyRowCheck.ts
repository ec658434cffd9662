// Checks one row's geography against the bundled COG: the commune code (unknown — and what it looks like
// instead —, or a former commune's), the commune's name, postcode, département, région and SIREN beside it,
// an empty code that the name and postcode fill, and UAI codes. Each row is judged alone (an edited table
// re-checks only the rows an edit touched); the COG is read on the first row that needs it.
import type { ProblemCode } from '../../problems/catalog';
import type { ProblemParams, Severity } from '../../problems/problem';
import { bundledCog, departmentOfCode, type Cog, type CogEntry } from '../../values/cog/cog';
import { foldCommuneName, withoutQualifier } from '../../values/cog/communeNames';
import { diagnoseUai } from '../../values/uai';
import type { GeographyColumns } from './geographyColumns';

export interface GeographyIssue {
  code: ProblemCode;
  /** The 0-based column of the cell the issue is on. */
  column: number;
  params: ProblemParams;
  severity?: Severity;
}

/** A row's cells by column: undefined when the row has no such cell (or the schema already rejects it). */
export type GeographyCells = (column: number) => string | undefined;

export interface GeographyCheckOptions {
  /** Column names as problems name them (the schema's field names, else the labels). */
  columnNames: readonly string[];
  /**
   * The year the file's data date from, when it is older than the COG (a sidecar's temporal coverage): a
   * former commune's code is then a warning that says so, not an error.
   */
  dataYear?: number;
  /** The COG to check against (default: the bundled one, read on first use). */
  cog?: () => Cog;
}

/** At most this many communes are named in a message (`Rouen, Bihorel and 3 more`). */
const NAMED = 4;
const COMMUNE_CODE = /^(\d{5}|2[AB]\d{3})$/;

function named(entries: readonly CogEntry[]): { servedBy: string[]; servedCount: number } {
  return { servedBy: entries.slice(0, NAMED).map((entry) => `${entry.name} (${entry.code})`), servedCount: entries.length };
}

/** The SIREN a SIREN or SIRET cell holds (its first nine digits; spaces and dots tolerated), with the cell. */
function sirenIn(cell: GeographyCells, column: number | undefined): { column: number; value: string; siren: string } | undefined {
  const value = column === undefined ? undefined : cell(column);
  if (column === undefined || !value) return undefined;
  const digits = value.replace(/[\s.]/g, '');
  return /^\d{9}(\d{5})?$/.test(digits) ? { column, value: value.trim(), siren: digits.slice(0, 9) } : undefined;
}

export class GeographyRowCheck {
  private cogValue: Cog | undefined;

  constructor(
    /** The columns it reads (the map's popup reads the commune code column of the checks' decision). */
    readonly columns: GeographyColumns,
    private readonly options: GeographyCheckOptions,
  ) {}

  private get cog(): Cog {
    this.cogValue ??= (this.options.cog ?? bundledCog)();
    return this.cogValue;
  }

  checkRow(cell: GeographyCells, report: (issue: GeographyIssue) => void): void {
    for (const column of this.columns.uai) this.checkUai(column, cell(column), report);
    const codeColumn = this.columns.communeCode;
    if (codeColumn === undefined) return;
    const raw = cell(codeColumn);
    if (raw === undefined) return;
    const code = raw.trim().toUpperCase();
    if (code === '') {
      this.fill(codeColumn, cell, report);
      return;
    }
    const entry = this.cog.commune(code);
    if (!entry) {
      this.notACommune(codeColumn, raw, code, this.cog.entries(code), cell, report);
      return;
    }
    // The current commune the code belongs to (an arrondissement's), looked up once for the row.
    const commune = this.cog.communeOf(entry);
    this.checkName(entry, commune, cell, report);
    this.checkPostcode(entry, commune, cell, report);
    this.checkArea(entry, 'department', cell, report);
    this.checkArea(entry, 'region', cell, report);
    this.checkSiren(commune, cell, report);
    this.checkEpci(commune, cell, report);
  }

  private base(): ProblemParams {
    return { cogYear: this.cog.year };
  }

  // ---- the code

  /** A code that names no current commune: a delegated, associated or merged commune's, or none at all. */
  private notACommune(column: number, raw: string, code: string, entries: readonly CogEntry[], cell: GeographyCells, report: (issue: GeographyIssue) => void): void {
    const cog = this.cog;
    const older = this.options.dataYear !== undefined && this.options.dataYear < cog.year ? { dataYear: this.options.dataYear } : {};
    const severity: Severity | undefined = 'dataYear' in older ? 'warning' : undefined;
    const part = entries[0];
    if (part) {
      const current = cog.current(part.commune);
      report({
        code: 'commune-code-former',
        column,
        params: { ...this.base(), ...older, variant: part.kind === 'associated' ? 'associated' : 'delegated', value: raw, name: part.name, current: part.commune, currentName: current?.name ?? '' },
        ...(severity ? { severity } : {}),
      });
      return;
    }
    // A former code that is also a postcode is far more likely the postcode (75001: Alfortville's code in
    // the Seine until 1968, and the first arrondissement of Paris's postcode).
    const owners = cog.formerCode(code);
    if (owners.length > 0 && cog.byPostcode(code).length === 0) {
      const current = cog.current(owners[0]);
      report({
        code: 'commune-code-former',
        column,
        params: { ...this.base(), ...older, value: raw, current: owners[0], currentName: current?.name ?? '', ...(owners.length > 1 ? { currents: [...owners] } : {}) },
        ...(severity ? { severity } : {}),
      });
      return;
    }
    if (/^\d{4}$/.test(code)) {
      const padded = cog.current(`0${code}`);
      if (padded) {
        report({ code: 'commune-code-unknown', column, params: { ...this.base(), variant: 'leading-zero', value: raw, suggestion: padded.code, suggestionName: padded.name } });
        return;
      }
    }
    const department = COMMUNE_CODE.test(code) ? cog.department(departmentOfCode(code)) : undefined;
    const byName = this.communeByName(cell, department?.code);
    const suggestion = byName ? { suggestion: byName.code, suggestionName: byName.name } : {};
    const served = /^\d{5}$/.test(code) ? cog.byPostcode(code) : [];
    if (served.length > 0) {
      report({ code: 'commune-code-unknown', column, params: { ...this.base(), variant: 'postcode', value: raw, ...named(served), ...suggestion } });
    } else if (department) {
      report({
        code: 'commune-code-unknown',
        column,
        params: { ...this.base(), variant: 'not-in-department', value: raw, department: department.code, departmentName: department.name, local: code.slice(department.code.length), ...suggestion },
      });
    } else {
      report({ code: 'commune-code-unknown', column, params: { ...this.base(), variant: COMMUNE_CODE.test(code) ? undefined : 'shape', value: raw, ...suggestion } });
    }
  }

  /**
   * The one current commune the row's name designates, with its postcode (or the département given): a
   * delegated or associated commune's name stands for its commune. Undefined when none or several fit.
   */
  private communeByName(cell: GeographyCells, departmentHint?: string): CogEntry | undefined {
    const nameColumn = this.columns.communeName;
    const name = nameColumn === undefined ? undefined : cell(nameColumn)?.trim();
    if (!name) return undefined;
    const postcode = this.columns.postcode === undefined ? undefined : cell(this.columns.postcode)?.trim();
    const department = departmentHint ?? this.departmentGiven(cell);
    if (!postcode && !department) return undefined;
    const cog = this.cog;
    const found = new Map<string, CogEntry>();
    for (const entry of cog.byName(name)) {
      const current = cog.communeOf(entry);
      if (!current) continue;
      if (postcode ? !current.postcodes.includes(postcode) && !entry.postcodes.includes(postcode) : current.department !== department) continue;
      found.set(current.code, current);
    }
    return found.size === 1 ? [...found.values()][0] : undefined;
  }

  /** The département code the row's département column gives (a code or a name), if any. */
  private departmentGiven(cell: GeographyCells): string | undefined {
    const column = this.columns.department;
    const value = column === undefined ? undefined : cell(column)?.trim();
    if (!value) return undefined;
    const code = /^\d$/.test(value) ? `0${value}` : value.toUpperCase();
    if (this.cog.department(code)) return code;
    const area = this.cog.areaByName(value);
    return area && this.cog.department(area.code)?.name === area.name ? area.code : undefined;
  }

  /** An empty code beside a name (and a postcode or département) that designate one commune. */
  private fill(column: number, cell: GeographyCells, report: (issue: GeographyIssue) => void): void {
    const found = this.communeByName(cell);
    if (!found) return;
    const name = cell(this.columns.communeName as number)?.trim() ?? '';
    const postcode = this.columns.postcode === undefined ? undefined : cell(this.columns.postcode)?.trim();
    report({ code: 'commune-code-missing', column, params: { ...this.base(), name, ...(postcode ? { postcode } : {}), suggestion: found.code, suggestionName: found.name } });
  }

  // ---- what stands beside a known code

  private checkName(entry: CogEntry, commune: CogEntry | undefined, cell: GeographyCells, report: (issue: GeographyIssue) => void): void {
    const column = this.columns.communeName;
    const name = column === undefined ? undefined : cell(column)?.trim();
    if (column === undefined || !name) return;
    const cog = this.cog;
    const folded = foldCommuneName(name);
    // The code's own names (a commune nouvelle's code is also its delegated commune's), its commune's (an
    // arrondissement), and the delegated or associated communes of that commune: a row may name the part.
    const accepted = [entry, ...cog.entries(entry.code), ...(commune ? [commune] : [])];
    const bare = withoutQualifier(name);
    const foldedBare = bare === undefined ? undefined : foldCommuneName(bare);
    if (accepted.some((candidate) => foldCommuneName(candidate.name) === folded || foldCommuneName(candidate.name) === foldedBare)) return;
    if (cog.byName(name).some((candidate) => candidate.commune === entry.commune || candidate.commune === entry.code)) return;
    // `Paris 15e`, `Marseille 8` for an arrondissement's code or the commune's.
    if (commune && new RegExp(`^${foldCommuneName(commune.name)} \\d{1,2}( ?(e|er|eme|arrondissement|arr|arrdt))*$`).test(folded)) return;
    const byName = this.communeByName(cell, entry.department);
    report({
      code: 'commune-name-mismatch',
      column,
      params: {
        ...this.base(),
        value: name,
        code: entry.code,
        official: entry.name,
        codeField: this.options.columnNames[this.columns.communeCode as number] ?? '',
        codeFieldNumber: (this.columns.communeCode as number) + 1,
        ...(byName && byName.code !== entry.code && byName.code !== entry.commune ? { suggestion: byName.code, suggestionName: byName.name } : {}),
      },
    });
  }

  private checkPostcode(entry: CogEntry, commune: CogEntry | undefined, cell: GeographyCells, report: (issue: GeographyIssue) => void): void {
    const column = this.columns.postcode;
    const postcode = column === undefined ? undefined : cell(column)?.trim();
    if (column === undefined || !postcode || !/^\d{5}$/.test(postcode) || entry.postcodes.length === 0 || entry.postcodes.includes(postcode)) return;
    if (commune?.postcodes.includes(postcode)) return;
    // A postcode no commune has is a CEDEX or a typo: La Poste's list of CEDEX codes is not bundled, say nothing.
    const served = this.cog.byPostcode(postcode);
    if (served.length === 0) return;
    report({ code: 'commune-postcode-mismatch', column, params: { ...this.base(), value: postcode, code: entry.code, name: entry.name, expected: [...entry.postcodes], ...named(served) } });
  }

  private checkArea(entry: CogEntry, kind: 'department' | 'region', cell: GeographyCells, report: (issue: GeographyIssue) => void): void {
    const column = this.columns[kind];
    const value = column === undefined ? undefined : cell(column)?.trim();
    if (column === undefined || !value) return;
    const cog = this.cog;
    const expected = kind === 'department' ? entry.department : entry.region;
    const area = kind === 'department' ? cog.department(expected) : cog.region(expected);
    if (!area) return;
    // A code (with a lost leading zero put back: the schema's pattern reports that) or a name.
    const asCode = /^\d$/.test(value) ? `0${value}` : value.toUpperCase();
    const known = kind === 'department' ? cog.department(asCode) : cog.region(asCode);
    let matches: boolean;
    if (known) matches = known.code === area.code;
    else {
      const byName = cog.areaByName(value);
      if (!byName) return;
      matches = byName.name === area.name;
    }
    if (matches) return;
    report({
      code: 'commune-area-mismatch',
      column,
      params: { ...this.base(), ...(kind === 'region' ? { variant: 'region' } : {}), value, code: entry.code, name: entry.name, expected: area.code, expectedName: area.name },
    });
  }

  /** A SIREN (or SIRET) that is another commune's. One that is no commune's (an EPCI's, a company's) is not judged. */
  private checkSiren(commune: CogEntry | undefined, cell: GeographyCells, report: (issue: GeographyIssue) => void): void {
    const given = sirenIn(cell, this.columns.communeSiren);
    if (!given) return;
    const owner = this.cog.bySiren(given.siren);
    if (!owner || !commune || owner.code === commune.code) return;
    report({
      code: 'commune-siren-mismatch',
      column: given.column,
      params: { ...this.base(), value: given.value, sirenCommune: owner.code, sirenCommuneName: owner.name, code: commune.code, name: commune.name, ...(commune.siren ? { expected: commune.siren } : {}) },
    });
  }

  /** An EPCI SIREN that is another EPCI's. One that is no EPCI's (a syndicat, a company) is not judged. */
  private checkEpci(commune: CogEntry | undefined, cell: GeographyCells, report: (issue: GeographyIssue) => void): void {
    const written = sirenIn(cell, this.columns.epciSiren);
    const given = written && this.cog.epci(written.siren);
    if (!written || !given || !commune) return;
    const actual = this.cog.epciOf(commune.code);
    if (actual?.siren === given.siren) return;
    report({
      code: 'commune-epci-mismatch',
      column: written.column,
      params: {
        ...this.base(),
        ...(actual ? {} : { variant: 'none' }),
        value: written.value,
        epciName: given.name,
        code: commune.code,
        name: commune.name,
        ...(actual ? { expected: actual.siren, expectedName: actual.name } : {}),
      },
    });
  }

  private checkUai(column: number, value: string | undefined, report: (issue: GeographyIssue) => void): void {
    if (!value || value.trim() === '') return;
    const verdict = diagnoseUai(value);
    if (!verdict) return;
    const trimmed = value.trim();
    report({
      code: 'uai-invalid',
      column,
      params: verdict.failure === 'key' ? { variant: 'key', value: trimmed, digits: trimmed.slice(0, 7), expected: `${trimmed.slice(0, 7)}${verdict.expected}` } : { value: trimmed },
    });
  }
}
