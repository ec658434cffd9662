// The Code officiel géographique the tool knows (schemas/cog/cog-<year>.tsv, written by scripts/build-cog.mjs):
// communes, municipal arrondissements, delegated and associated communes, former codes, départements and
// régions, with lookups by code, postcode, SIREN and folded name. Loaded lazily, once, on first use.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { foldCommuneName, withoutQualifier } from './communeNames';

/** What a code names: a current commune, a municipal arrondissement, a delegated or an associated commune. */
export type CogEntryKind = 'current' | 'arrondissement' | 'delegated' | 'associated';

export interface CogEntry {
  code: string;
  name: string;
  kind: CogEntryKind;
  /** The current commune: its own code for a current commune, else the commune it belongs to. */
  commune: string;
  department: string;
  region: string;
  /** Current communes only (a few overseas collectivities have none). */
  siren?: string;
  /** Current communes and arrondissements (delegated and associated communes: their commune's). */
  postcodes: readonly string[];
}

/** An EPCI (établissement public de coopération intercommunale à fiscalité propre). */
export interface CogEpci {
  siren: string;
  name: string;
  /** CC, CA, CU, METRO (métropole), MET69 (métropole de Lyon). */
  type: string;
}

export interface CogArea {
  code: string;
  name: string;
  /** A département's région (a région's own code for a région). */
  region: string;
}

const EMPTY: readonly string[] = Object.freeze([]);

export class Cog {
  readonly year: number;
  /**
   * Entries by code, read lazily: a code's lines stay text until the code is first looked up (a table
   * holds a few hundred distinct communes; reading all 37,000 entries up front would cost more than the
   * whole check of a small file). The indexes by postcode, SIREN and name read them all when first used.
   */
  private readonly byCode = new Map<string, string[] | CogEntry[]>();
  private readonly former = new Map<string, string[]>();
  private readonly departments = new Map<string, CogArea>();
  private readonly regions = new Map<string, CogArea>();
  /** EPCI by SIREN, and their members as written (read into `epciOfCommune` on first use). */
  private readonly epcis = new Map<string, CogEpci>();
  private readonly epciMembers: [string, string][] = [];
  private epciOfCommune: Map<string, string> | undefined;
  /** The entries' lines (C, M, L, A), which the indexes read without building every entry. */
  private readonly lines: string[] = [];
  /** Postcode → codes of the current communes and arrondissements it serves. */
  private postcodeIndex: Map<string, string[]> | undefined;
  /** SIREN → code of the current commune. */
  private sirenIndex: Map<string, string> | undefined;
  /** Folded name → codes of the entries so named. */
  private nameIndex: Map<string, string[]> | undefined;
  private areaNameIndex: Map<string, CogArea> | undefined;

  /** Reads the text of a COG file (see scripts/build-cog.mjs for its line kinds). */
  constructor(text: string) {
    let year = 0;
    for (const line of text.split('\n')) {
      const kind = line.charCodeAt(0);
      // C, M, L, A: an entry, kept as text under its code.
      if (kind === 67 || kind === 77 || kind === 76 || kind === 65) {
        const code = line.slice(2, line.indexOf('\t', 2));
        this.lines.push(line);
        const lines = this.byCode.get(code) as string[] | undefined;
        if (lines) lines.push(line);
        else this.byCode.set(code, [line]);
        continue;
      }
      const cells = line.split('\t');
      switch (cells[0]) {
        case '# year':
          year = Number(cells[1]);
          break;
        case 'R':
          this.regions.set(cells[1], { code: cells[1], name: cells[2], region: cells[1] });
          break;
        case 'D':
          this.departments.set(cells[1], { code: cells[1], region: cells[2], name: cells[3] });
          break;
        case 'O':
          this.former.set(cells[1], cells.slice(2));
          break;
        case 'E':
          this.epcis.set(cells[1], { siren: cells[1], type: cells[2], name: cells[3] });
          this.epciMembers.push([cells[1], cells[4] ?? '']);
          break;
        default:
          break;
      }
    }
    if (!year) throw new Error('COG file without a year line');
    this.year = year;
  }

  /** The entries of a code, read from their lines on first use. */
  private read(code: string): CogEntry[] | undefined {
    const found = this.byCode.get(code);
    if (found === undefined || found.length === 0 || typeof found[0] !== 'string') return found as CogEntry[] | undefined;
    const entries: CogEntry[] = [];
    // Current communes first: the others take their commune's département, région and postcodes.
    const lines = [...(found as string[])].sort((a, b) => (a[0] === 'C' ? -1 : b[0] === 'C' ? 1 : 0));
    this.byCode.set(code, entries);
    for (const line of lines) entries.push(this.entryOf(line.split('\t')));
    return entries;
  }

  private entryOf(cells: string[]): CogEntry {
    if (cells[0] === 'C') {
      const department = departmentOfCode(cells[1]);
      return {
        code: cells[1],
        name: cells[2],
        kind: 'current',
        commune: cells[1],
        department,
        region: this.departments.get(department)?.region ?? '',
        ...(cells[3] ? { siren: cells[3] } : {}),
        postcodes: cells[4] ? cells[4].split(' ') : EMPTY,
      };
    }
    // Arrondissements, delegated and associated communes take their commune's département and région.
    const parent = this.current(cells[3]);
    const department = parent?.department ?? departmentOfCode(cells[1]);
    return {
      code: cells[1],
      name: cells[2],
      kind: cells[0] === 'M' ? 'arrondissement' : cells[0] === 'L' ? 'delegated' : 'associated',
      commune: cells[3],
      department,
      region: parent?.region ?? this.departments.get(department)?.region ?? '',
      postcodes: cells[0] === 'M' && cells[4] ? cells[4].split(' ') : (parent?.postcodes ?? EMPTY),
    };
  }

  /** Every entry with this code (a commune nouvelle's code is also its delegated commune's). */
  entries(code: string): readonly CogEntry[] {
    return this.read(code) ?? EMPTY_ENTRIES;
  }

  /** The current commune with this code. */
  current(code: string): CogEntry | undefined {
    return this.read(code)?.find((entry) => entry.kind === 'current');
  }

  /** What a commune code column may hold: the current commune with this code, else the municipal arrondissement. */
  commune(code: string): CogEntry | undefined {
    const entries = this.entries(code);
    return entries.find((entry) => entry.kind === 'current') ?? entries.find((entry) => entry.kind === 'arrondissement');
  }

  /** The current commune an entry belongs to: itself, or its commune (an arrondissement's, a delegated commune's). */
  communeOf(entry: CogEntry): CogEntry | undefined {
    return entry.kind === 'current' ? entry : this.current(entry.commune);
  }

  /** The current commune(s) whose former codes include this one (a code with no entry of its own). */
  formerCode(code: string): readonly string[] {
    return this.former.get(code) ?? EMPTY;
  }

  /** The EPCI with this SIREN. */
  epci(siren: string): CogEpci | undefined {
    return this.epcis.get(siren);
  }

  /** The EPCI a current commune belongs to (none for a few islands and overseas collectivities). */
  epciOf(code: string): CogEpci | undefined {
    if (!this.epciOfCommune) {
      const index = new Map<string, string>();
      for (const [siren, members] of this.epciMembers) for (const member of members.split(' ')) if (member) index.set(member, siren);
      this.epciOfCommune = index;
    }
    const siren = this.epciOfCommune.get(code);
    return siren === undefined ? undefined : this.epcis.get(siren);
  }

  department(code: string): CogArea | undefined {
    return this.departments.get(code);
  }

  region(code: string): CogArea | undefined {
    return this.regions.get(code);
  }

  /** A département or région by its folded name. */
  areaByName(name: string): CogArea | undefined {
    if (!this.areaNameIndex) {
      const index = new Map<string, CogArea>();
      for (const area of [...this.regions.values(), ...this.departments.values()]) index.set(foldCommuneName(area.name), area);
      this.areaNameIndex = index;
    }
    return this.areaNameIndex.get(foldCommuneName(name));
  }

  /** The current communes and arrondissements a postcode serves. */
  byPostcode(postcode: string): readonly CogEntry[] {
    if (!this.postcodeIndex) {
      const index = new Map<string, string[]>();
      for (const line of this.lines) {
        if (line[0] !== 'C' && line[0] !== 'M') continue;
        const cells = line.split('\t');
        if (!cells[4]) continue;
        for (const served of cells[4].split(' ')) {
          const codes = index.get(served);
          if (codes) codes.push(cells[1]);
          else index.set(served, [cells[1]]);
        }
      }
      this.postcodeIndex = index;
    }
    const codes = this.postcodeIndex.get(postcode);
    if (!codes) return EMPTY_ENTRIES;
    return codes.flatMap((code) => this.entries(code).filter((entry) => entry.kind === 'current' || entry.kind === 'arrondissement'));
  }

  /** The current commune with this SIREN. */
  bySiren(siren: string): CogEntry | undefined {
    if (!this.sirenIndex) {
      const index = new Map<string, string>();
      for (const line of this.lines) {
        if (line[0] !== 'C') continue;
        const cells = line.split('\t');
        if (cells[3]) index.set(cells[3], cells[1]);
      }
      this.sirenIndex = index;
    }
    const code = this.sirenIndex.get(siren);
    return code === undefined ? undefined : this.current(code);
  }

  /**
   * Every entry (any kind) whose name folds to the same text (see foldCommuneName); when none, the entries of
   * the name without the qualifier a file added after it (`Dieppe (76)`).
   */
  byName(name: string): readonly CogEntry[] {
    const found = this.byExactName(name);
    if (found.length > 0) return found;
    const bare = withoutQualifier(name);
    return bare === undefined ? found : this.byExactName(bare);
  }

  private byExactName(name: string): readonly CogEntry[] {
    if (!this.nameIndex) {
      const index = new Map<string, string[]>();
      for (const line of this.lines) {
        const start = line.indexOf('\t', 2) + 1;
        const key = foldCommuneName(line.slice(start, line.indexOf('\t', start)));
        const code = line.slice(2, start - 1);
        const codes = index.get(key);
        if (!codes) index.set(key, [code]);
        else if (!codes.includes(code)) codes.push(code);
      }
      this.nameIndex = index;
    }
    const key = foldCommuneName(name);
    const codes = this.nameIndex.get(key);
    if (!codes) return EMPTY_ENTRIES;
    return codes.flatMap((code) => this.entries(code).filter((entry) => foldCommuneName(entry.name) === key));
  }
}

const EMPTY_ENTRIES: readonly CogEntry[] = Object.freeze([]);

/** A commune's département from its code: two characters, three overseas (97x, 98x). */
export function departmentOfCode(code: string): string {
  return code.startsWith('97') || code.startsWith('98') ? code.slice(0, 3) : code.slice(0, 2);
}

/** The year of the COG bundled with the tool. */
export const COG_YEAR = 2026;
const COG_FILE = `cog-${COG_YEAR}.tsv`;

/** The COG file next to the bundles (dist/../schemas/cog) or in the project when run from sources. */
function findCogFile(): string | undefined {
  const candidates = [path.join(__dirname, '..', 'schemas', 'cog', COG_FILE), path.resolve('schemas', 'cog', COG_FILE)];
  // From sources (server/src/engine/values/cog under mocha) the project root is a few folders up.
  for (let dir = __dirname, i = 0; i < 7; i++, dir = path.dirname(dir)) candidates.push(path.join(dir, 'schemas', 'cog', COG_FILE));
  return candidates.find((file) => fs.existsSync(file));
}

let loaded: Cog | undefined;

/** The bundled COG, read on first use (a file without a commune column never pays for it). */
export function bundledCog(): Cog {
  if (!loaded) {
    const file = findCogFile();
    if (!file) throw new Error(`COG not found: schemas/cog/${COG_FILE} is missing next to the program (run \`node scripts/build-cog.mjs\`).`);
    loaded = new Cog(fs.readFileSync(file, 'utf8'));
  }
  return loaded;
}
