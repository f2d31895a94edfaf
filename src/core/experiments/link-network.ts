/**
 * The network of a shared link, checked layer by layer before the network
 * schema sees it, so a bad link's message names the layer and the setting
 * at fault in the words the editor uses. Pure.
 */
import { currentLanguage, t } from '../../i18n';
import { formatNumber } from '../format';
import { LAYER_KIND_LIST, layerSettings } from '../model/layer-kinds';
import type { LayerKind } from '../model/layer-spec';
import { shownSetting } from '../model/layer-text';
import { LAYERS_MAX, networkSpecSchema, type NetworkSpec } from '../model/network-spec';
import { settingProblem } from '../settings';

const KINDS = new Set<string>(LAYER_KIND_LIST.map((d) => d.kind));
/** A value from the link, as a message shows it: numbers grouped, anything else cut short. */
const fmt = (v: unknown): string => {
  if (typeof v === 'number') return formatNumber(v);
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
};
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Why one layer of a link is not valid, or null. `n` is its 1-based position. */
function layerProblem(raw: unknown, n: number): string | null {
  if (!isObject(raw)) return t('runs:linkNetwork.notLayer', { n });
  if (typeof raw['kind'] !== 'string' || !KINDS.has(raw['kind']))
    return t('runs:linkNetwork.unknownKind', { n, kind: fmt(raw['kind']) });
  const kind = raw['kind'] as LayerKind;
  const settings = layerSettings(kind).map((s) => shownSetting(kind, s));
  const known = new Set(['id', 'kind', ...settings.map((s) => s.key)]);
  const unknown = Object.keys(raw).find((k) => !known.has(k));
  if (unknown !== undefined) return t('runs:linkNetwork.unknownSetting', { n, key: fmt(unknown) });
  for (const s of settings) {
    const value = raw[s.key];
    if (settingProblem(s, value) === null) continue;
    // English names the setting mid-sentence in lower case; Chinese has no case.
    const setting = currentLanguage() === 'zh' ? s.label : s.label.toLowerCase();
    if (typeof value === 'number' && (s.type === 'int' || s.type === 'float')) {
      return value > s.max
        ? t('runs:linkNetwork.aboveMax', { n, value: fmt(value), setting, max: fmt(s.max) })
        : t('runs:linkNetwork.belowMin', { n, value: fmt(value), setting, min: fmt(s.min) });
    }
    const why = (settingProblem(s, value) as string).replace(/[.。]$/, '');
    return t('runs:linkNetwork.badValue', { n, setting, value: fmt(value), why });
  }
  return null;
}

/** Why a link's network cannot be used, in the editor's words, or null when it can. */
export function linkNetworkProblem(raw: unknown): string | null {
  if (!isObject(raw) || !Array.isArray(raw['layers'])) return t('runs:linkNetwork.noLayers');
  const layers = raw['layers'] as unknown[];
  if (layers.length > LAYERS_MAX)
    return t('runs:linkNetwork.tooManyLayers', { layers: fmt(layers.length), max: LAYERS_MAX });
  for (const [i, layer] of layers.entries()) {
    const problem = layerProblem(layer, i + 1);
    if (problem) return problem;
  }
  const unknown = Object.keys(raw).find((k) => k !== 'layers' && k !== 'binaryHead');
  if (unknown !== undefined) return t('runs:linkNetwork.unknownField', { key: fmt(unknown) });
  const parsed = networkSpecSchema.safeParse(raw);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  const why = (issue?.message ?? t('models:fileCheck.invalid')).replace(/[.。]$/, '');
  return t('runs:linkNetwork.schema', {
    where: issue?.path.map(String).join(' ') || 'layers',
    why,
  });
}

/** The network of a link when it is valid. */
export function linkNetwork(raw: unknown): NetworkSpec | null {
  if (linkNetworkProblem(raw) !== null) return null;
  return networkSpecSchema.parse(raw);
}
