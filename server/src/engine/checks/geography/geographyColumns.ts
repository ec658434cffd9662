// Which columns of a table hold French geography: the commune's INSEE code, its name, its postcode, its
// département and région, the commune's own SIREN/SIRET, and UAI codes of schools. Read from a column's
// name (and, with a schema, its field's description): IRVE `code_insee_commune`, covoiturage `insee` and
// `com_lieu`, DAE `c_com_insee`/`c_com_nom`/`c_com_cp`, SCDL `COLL_INSEE`/`COLL_SIRET`, acceslibre
// `code_insee`/`commune`/`postal_code`… Without a schema, the values confirm what the names suggest.
import { foldedWords, foldText } from '../../text/fold';

export type GeographyRole = 'communeCode' | 'communeName' | 'postcode' | 'department' | 'region' | 'communeSiren' | 'epciSiren' | 'uai';

export interface GeographyColumns {
  communeCode?: number;
  communeName?: number;
  postcode?: number;
  department?: number;
  region?: number;
  /** A SIREN or SIRET column whose name says it is the commune's (or the collectivité's). */
  communeSiren?: number;
  /** The SIREN of the commune's EPCI (CNIG `epci_siren`, `site_epci_siren`). */
  epciSiren?: number;
  /** Columns of UAI (RNE) codes. */
  uai: number[];
}

/** A column as the role reader sees it: its label, and its schema field's description when there is one. */
export interface ColumnText {
  label: string;
  description?: string;
}

const COMMUNE_WORDS = new Set(['commune', 'ville', 'localite', 'city', 'municipalite']);
/** Abbreviations of "commune" that only name a commune next to a word saying what of it (`com_nom`, `comm_insee`). */
const COMMUNE_PREFIXES = new Set(['com', 'comm', 'coll', 'collectivite']);
const NAME_WORDS = new Set(['nom', 'lieu', 'libelle', 'lib', 'name', 'denomination']);
/** Words that may stand beside a commune's name without changing what it is (`adr_commune`, `site_comm_nom`). */
const CONTEXT_WORDS = new Set(['adr', 'adresse', 'site', 'c', 'etab', 'etablissement', 'de', 'la', 'du']);
const NOT_A_COMMUNE_NAME = new Set(['code', 'insee', 'cp', 'postal', 'siren', 'siret', 'epci', 'nb', 'nombre', 'surf', 'type', 'id', 'dep', 'departement', 'region', 'complement', 'commentaire', 'commentaires', 'comment', 'population', 'iris']);
const NOT_A_COMMUNE_CODE = new Set(['iris', 'denom', 'nom', 'siren', 'siret', 'epci', 'dep', 'departement', 'region', 'reg', 'libelle', 'canton', 'arrondissement']);

function has(words: readonly string[], set: ReadonlySet<string>): boolean {
  return words.some((word) => set.has(word));
}

/** The role a column's name gives it, or undefined. */
export function roleOfLabel(label: string): GeographyRole | undefined {
  const words = foldedWords(label);
  const joined = words.join('');
  if (words.length === 0) return undefined;
  if (words.includes('uai') || joined === 'rne' || joined === 'coderne' || joined === 'numerorne') return 'uai';
  if (words.includes('siren') || words.includes('siret')) {
    if (words.includes('epci')) return 'epciSiren';
    return has(words, COMMUNE_WORDS) || has(words, COMMUNE_PREFIXES) ? 'communeSiren' : undefined;
  }
  if (words.includes('postal') || words.includes('cp') || joined.includes('codepostal') || joined === 'postcode' || joined === 'zipcode') return 'postcode';
  if (words.includes('insee') && !has(words, NOT_A_COMMUNE_CODE)) return 'communeCode';
  if (['codecommune', 'codecom', 'comcode', 'codecommuneinsee', 'codgeo', 'depcom', 'cog', 'codecog'].includes(joined)) return 'communeCode';
  if ((words.includes('departement') || words.includes('dep') || words.includes('dept')) && !has(words, NAME_WORDS) && !words.includes('epci')) return 'department';
  if ((words.includes('region') || words.includes('reg')) && !has(words, NAME_WORDS) && !words.includes('epci')) return 'region';
  if (has(words, NOT_A_COMMUNE_NAME)) return undefined;
  const communeWord = has(words, COMMUNE_WORDS);
  const prefixed = has(words, COMMUNE_PREFIXES) && has(words, NAME_WORDS);
  if ((communeWord || prefixed) && words.every((word) => COMMUNE_WORDS.has(word) || COMMUNE_PREFIXES.has(word) || NAME_WORDS.has(word) || CONTEXT_WORDS.has(word))) return 'communeName';
  return undefined;
}

/**
 * A schema field's description may name the role when its name does not (`insee` is clear, `code_geo`
 * whose description begins "Code INSEE de la commune" too), and must not contradict it: a `siren` column is
 * the commune's only when its name or its description says so. Only a description that begins by naming
 * the role counts (an identifier "composed of the commune's INSEE code and a number" is no commune code).
 */
function roleOfDescription(description: string): GeographyRole | undefined {
  const folded = foldText(description);
  if (/^(le )?(code|numero) (insee|cog|officiel geographique)( de la| officiel de la)? commune\b/.test(folded) || /^(le )?code commune insee\b/.test(folded)) return 'communeCode';
  if (/^(le )?(numero )?(siren|siret) de la (commune|collectivite)\b/.test(folded)) return 'communeSiren';
  return undefined;
}

/** The geography columns of a header (labels, descriptions when a schema gives them): names first. */
export function geographyColumns(columns: readonly ColumnText[]): GeographyColumns {
  const found: GeographyColumns = { uai: [] };
  const byDescription: [number, GeographyRole][] = [];
  columns.forEach((column, index) => {
    const role = roleOfLabel(column.label);
    if (role === 'uai') found.uai.push(index);
    else if (role && found[role] === undefined) found[role] = index;
    else if (!role && column.description) {
      const described = roleOfDescription(column.description);
      if (described) byDescription.push([index, described]);
    }
  });
  for (const [index, role] of byDescription) {
    if (role !== 'uai' && found[role] === undefined) found[role] = index;
  }
  return found;
}

/** True when the table has something the geography checks read: a commune code column, or UAI codes. */
export function hasGeography(columns: GeographyColumns): boolean {
  return columns.communeCode !== undefined || columns.uai.length > 0;
}
