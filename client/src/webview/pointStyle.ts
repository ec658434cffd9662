// How a point (or a GeoJSON feature) looks: one category per point (its most telling issue) and a distinct
// shape and colour per category, so that problems stand out also for people who do not tell the colours apart.
import type { MapPoint } from '../../../server/src/engine/geo/points';
import type { MapFeature } from '../../../server/src/engine/geo/geoJsonFeatures';
import type { FeatureProblems } from '../../../server/src/protocol';

/** `error` and `warning` are a GeoJSON feature's worst problem from its check (a table's rows have no such category). */
export type PointCategory = 'ok' | 'outside' | 'swapped' | 'duplicate' | 'error' | 'warning';

export const pointCategories: readonly PointCategory[] = ['ok', 'error', 'outside', 'swapped', 'warning', 'duplicate'];

/** Swapped wins over outside (a swapped point is outside too), and both over a shared location. */
export function categoryOf(point: MapPoint): PointCategory {
  if (point.issues.includes('swapped')) return 'swapped';
  if (point.issues.includes('outside-france')) return 'outside';
  if (point.issues.includes('duplicate-location')) return 'duplicate';
  return 'ok';
}

/** A feature's worst problem: an error of its check, then where it lies (swapped, outside France), then a warning. */
export function featureCategoryOf(feature: Pick<MapFeature, 'issues'> & FeatureProblems): PointCategory {
  if (feature.problems.some((problem) => problem.severity === 'error')) return 'error';
  if (feature.issues.includes('swapped')) return 'swapped';
  if (feature.issues.includes('outside-france')) return 'outside';
  if (feature.problems.some((problem) => problem.severity === 'warning')) return 'warning';
  return 'ok';
}

const SVG = 'http://www.w3.org/2000/svg';

/** circle · square · diamond · triangle · octagon · upside-down triangle, on a 16×16 box. */
const shapes: Record<PointCategory, { tag: string; attributes: Record<string, string> }> = {
  ok: { tag: 'circle', attributes: { cx: '8', cy: '8', r: '6' } },
  outside: { tag: 'rect', attributes: { x: '2', y: '2', width: '12', height: '12' } },
  swapped: { tag: 'polygon', attributes: { points: '8,0.5 15.5,8 8,15.5 0.5,8' } },
  duplicate: { tag: 'polygon', attributes: { points: '8,1 15.5,14.5 0.5,14.5' } },
  error: { tag: 'polygon', attributes: { points: '5,0.5 11,0.5 15.5,5 15.5,11 11,15.5 5,15.5 0.5,11 0.5,5' } },
  warning: { tag: 'polygon', attributes: { points: '0.5,1.5 15.5,1.5 8,15' } },
};

const templates = new Map<PointCategory, SVGSVGElement>();

/** A small SVG of the category's shape (cloned from a template: cheap for hundreds of markers). */
export function shapeElement(category: PointCategory): SVGSVGElement {
  let template = templates.get(category);
  if (!template) {
    template = document.createElementNS(SVG, 'svg');
    template.setAttribute('viewBox', '0 0 16 16');
    template.setAttribute('aria-hidden', 'true');
    template.setAttribute('class', `odl-shape odl-shape--${category}`);
    const shape = document.createElementNS(SVG, shapes[category].tag);
    for (const [name, value] of Object.entries(shapes[category].attributes)) shape.setAttribute(name, value);
    template.appendChild(shape);
    templates.set(category, template);
  }
  return template.cloneNode(true) as SVGSVGElement;
}
