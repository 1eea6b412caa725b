/**
 * The architecture catalogue: classic CNNs as data, each derived from its definition (never from
 * a stored total), and their analysis.
 *
 *   const vgg = analyseNetwork('vgg16');
 *   vgg.totals.params;               // 138,357,544
 *   vgg.rows.find((r) => r.name === 'stage5.pool5')?.field;  // 212 pixels, stride 32, padding 90
 */
import { analyseGraph } from './analyse';
import type { NetworkAnalysis, NetworkSpec, Shape } from './graph';
import { alexnet, lenet5, nin, zfnet } from './networks/classic';
import { googlenet, inceptionV3 } from './networks/inception';
import { mobilenetV1, mobilenetV2 } from './networks/mobilenet';
import { resnet } from './networks/resnet';
import { shufflenetV2 } from './networks/shufflenet';
import { squeezenet } from './networks/squeezenet';
import { vgg } from './networks/vgg';
import { xception } from './networks/xception';

export * from './graph';
export { analyseGraph, findNode } from './analyse';
export * from './blocks';
export * from './layers';

export const networkIds = [
  'lenet5', 'alexnet', 'zfnet', 'vgg11', 'vgg13', 'vgg16', 'vgg19', 'vgg16_bn', 'nin', 'googlenet', 'inception_v3',
  'resnet18', 'resnet34', 'resnet50', 'resnet101', 'resnet152', 'squeezenet1_0', 'squeezenet1_1',
  'mobilenet_v1', 'mobilenet_v2', 'shufflenet_v2_x1_0', 'xception',
] as const;

export type NetworkId = (typeof networkIds)[number];

const builders: Record<NetworkId, () => NetworkSpec> = {
  lenet5,
  alexnet,
  zfnet,
  vgg11: () => vgg(11),
  vgg13: () => vgg(13),
  vgg16: () => vgg(16),
  vgg19: () => vgg(19),
  vgg16_bn: () => vgg(16, true),
  nin,
  googlenet,
  inception_v3: inceptionV3,
  resnet18: () => resnet(18),
  resnet34: () => resnet(34),
  resnet50: () => resnet(50),
  resnet101: () => resnet(101),
  resnet152: () => resnet(152),
  squeezenet1_0: () => squeezenet('1_0'),
  squeezenet1_1: () => squeezenet('1_1'),
  mobilenet_v1: mobilenetV1,
  mobilenet_v2: mobilenetV2,
  shufflenet_v2_x1_0: shufflenetV2,
  xception,
};

/** Every network's definition, by id. */
export const catalogue: Readonly<Record<NetworkId, NetworkSpec>> = Object.fromEntries(
  networkIds.map((id) => [id, builders[id]()]),
) as Record<NetworkId, NetworkSpec>;

export function isNetworkId(id: string): id is NetworkId {
  return (networkIds as readonly string[]).includes(id);
}

/**
 * Analyse a catalogue network, on its own input or another one ([C, H, W]). Throws for an id
 * the catalogue does not hold, or when the network cannot take that input (the message names
 * the layer); use analyseGraph for a result instead of an exception.
 */
export function analyseNetwork(id: string, input?: Shape): NetworkAnalysis {
  if (!isNetworkId(id)) throw new Error(`The catalogue has no network "${id}" (it has ${networkIds.join(', ')}).`);
  const result = analyseGraph(catalogue[id], input);
  if (!result.ok) throw new Error(`${catalogue[id].title}: ${result.error}`);
  return result;
}
