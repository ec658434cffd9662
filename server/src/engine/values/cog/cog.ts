// The Code officiel géographique the tool knows (schemas/cog/cog-<year>.tsv, written by scripts/build-cog.mjs):
// communes, municipal arrondissements, delegated and associated communes, former codes, départements and
// régions, with lookups by code, postcode, SIREN and folded name. Loaded lazily, once, on first use.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { foldCommuneName } from './communeNames';

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

export interface CogArea {
  code: string;
  name: string;
  /** A département's région (a région's own code for a région). */
  region: string;
}

const EMPTY: readonly string[] = Object.freeze([]);

export class Cog {
  readonly year: number;
  private readonly byCode = new Map<string, CogEntry[]>();
  private readonly former = new Map<string, string[]>();
  private readonly departments = new Map<string, CogArea>();
  private readonly regions = new Map<string, CogArea>();
  private postcodeIndex: Map<string, CogEntry[]> | undefined;
  private sirenIndex: Map<string, CogEntry> | undefined;
  private nameIndex: Map<string, CogEntry[]> | undefined;
  private areaNameIndex: Map<string, CogArea> | undefined;

  /** Reads the text of a COG file (see scripts/build-cog.mjs for its line kinds). */
  constructor(text: string) {
    let year = 0;
    const pending: { kind: 'L' | 'A' | 'M'; code: string; name: string; parent: string; postcodes: string }[] = [];
    for (const line of text.split('\n')) {
      if (line === '') continue;
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
        case 'C': {
          const department = departmentOfCode(cells[1]);
          this.add({
            code: cells[1],
            name: cells[2],
            kind: 'current',
            commune: cells[1],
            department,
            region: this.departments.get(department)?.region ?? '',
            ...(cells[3] ? { siren: cells[3] } : {}),
            postcodes: cells[4] ? cells[4].split(' ') : EMPTY,
          });
          break;
        }
        case 'M':
          pending.push({ kind: 'M', code: cells[1], name: cells[2], parent: cells[3], postcodes: cells[4] ?? '' });
          break;
        case 'L':
        case 'A':
          pending.push({ kind: cells[0], code: cells[1], name: cells[2], parent: cells[3], postcodes: '' });
          break;
        case 'O':
          this.former.set(cells[1], cells.slice(2));
          break;
        default:
          break;
      }
    }
    if (!year) throw new Error('COG file without a year line');
    this.year = year;
    // Arrondissements, delegated and associated communes take their commune's département and région.
    for (const item of pending) {
      const parent = this.current(item.parent);
      const department = parent?.department ?? departmentOfCode(item.code);
      this.add({
        code: item.code,
        name: item.name,
        kind: item.kind === 'M' ? 'arrondissement' : item.kind === 'L' ? 'delegated' : 'associated',
        commune: item.parent,
        department,
        region: parent?.region ?? this.departments.get(department)?.region ?? '',
        postcodes: item.postcodes ? item.postcodes.split(' ') : (parent?.postcodes ?? EMPTY),
      });
    }
  }

  private add(entry: CogEntry): void {
    const list = this.byCode.get(entry.code);
    if (list) list.push(entry);
    else this.byCode.set(entry.code, [entry]);
  }

  /** Every entry with this code (a commune nouvelle's code is also its delegated commune's). */
  entries(code: string): readonly CogEntry[] {
    return this.byCode.get(code) ?? EMPTY_ENTRIES;
  }

  /** The current commune with this code. */
  current(code: string): CogEntry | undefined {
    return this.byCode.get(code)?.find((entry) => entry.kind === 'current');
  }

  /** The current commune(s) whose former codes include this one (a code with no entry of its own). */
  formerCode(code: string): readonly string[] {
    return this.former.get(code) ?? EMPTY;
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
      const index = new Map<string, CogEntry[]>();
      for (const list of this.byCode.values()) {
        for (const entry of list) {
          if (entry.kind !== 'current' && entry.kind !== 'arrondissement') continue;
          for (const postcode of entry.postcodes) {
            const served = index.get(postcode);
            if (served) served.push(entry);
            else index.set(postcode, [entry]);
          }
        }
      }
      this.postcodeIndex = index;
    }
    return this.postcodeIndex.get(postcode) ?? EMPTY_ENTRIES;
  }

  /** The current commune with this SIREN. */
  bySiren(siren: string): CogEntry | undefined {
    if (!this.sirenIndex) {
      const index = new Map<string, CogEntry>();
      for (const list of this.byCode.values()) for (const entry of list) if (entry.siren) index.set(entry.siren, entry);
      this.sirenIndex = index;
    }
    return this.sirenIndex.get(siren);
  }

  /** Every entry (any kind) whose name folds to the same text (see foldCommuneName). */
  byName(name: string): readonly CogEntry[] {
    if (!this.nameIndex) {
      const index = new Map<string, CogEntry[]>();
      for (const list of this.byCode.values()) {
        for (const entry of list) {
          const key = foldCommuneName(entry.name);
          const same = index.get(key);
          if (same) same.push(entry);
          else index.set(key, [entry]);
        }
      }
      this.nameIndex = index;
    }
    return this.nameIndex.get(foldCommuneName(name)) ?? EMPTY_ENTRIES;
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
