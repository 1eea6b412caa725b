/**
 * Figures the catalogue cannot compute: when each network was published, the ImageNet
 * challenge's winning error by year, and each network's published ImageNet accuracy. Every value
 * carries the source it was read from; the charts put them next to what the catalogue computes
 * (parameters, MACs). Checked against the sources on 2026-12-07: ILSVRC result pages, the papers'
 * tables, torchvision's documented weights (acc@1 of IMAGENET1K_V1).
 */
import type { NetworkId } from './index';

export interface Milestone {
  year: number;
  /** The catalogue network that stands for it; its parameters are computed, not written here. */
  id: NetworkId;
  name: string;
  source: string;
}

export const MILESTONES: readonly Milestone[] = [
  { year: 1998, id: 'lenet5', name: 'LeNet-5', source: 'LeCun, Bottou, Bengio and Haffner, Gradient-based learning applied to document recognition, Proc. IEEE 86(11), 1998' },
  { year: 2012, id: 'alexnet', name: 'AlexNet', source: 'Krizhevsky, Sutskever and Hinton, NeurIPS 2012' },
  { year: 2013, id: 'zfnet', name: 'ZFNet', source: 'Zeiler and Fergus, Visualizing and Understanding Convolutional Networks, arXiv:1311.2901 (2013; ECCV 2014)' },
  { year: 2014, id: 'vgg16', name: 'VGG-16', source: 'Simonyan and Zisserman, arXiv:1409.1556 (2014; ICLR 2015)' },
  { year: 2014, id: 'googlenet', name: 'GoogLeNet', source: 'Szegedy et al., Going Deeper with Convolutions, arXiv:1409.4842 (2014; CVPR 2015)' },
  { year: 2015, id: 'resnet152', name: 'ResNet-152', source: 'He, Zhang, Ren and Sun, arXiv:1512.03385 (2015; CVPR 2016)' },
  { year: 2016, id: 'squeezenet1_0', name: 'SqueezeNet', source: 'Iandola et al., arXiv:1602.07360 (2016)' },
  { year: 2016, id: 'xception', name: 'Xception', source: 'Chollet, Xception: Deep Learning with Depthwise Separable Convolutions, arXiv:1610.02357 (2016; CVPR 2017)' },
  { year: 2017, id: 'mobilenet_v1', name: 'MobileNet', source: 'Howard et al., MobileNets, arXiv:1704.04861 (2017)' },
  { year: 2018, id: 'mobilenet_v2', name: 'MobileNet v2', source: 'Sandler et al., MobileNetV2, arXiv:1801.04381 (2018; CVPR 2018)' },
  { year: 2018, id: 'shufflenet_v2_x1_0', name: 'ShuffleNet v2', source: 'Ma, Zhang, Zheng and Sun, ShuffleNet V2, arXiv:1807.11164 (ECCV 2018); ShuffleNet v1 was arXiv:1707.01083 (2017)' },
];

/** The networks the lesson calls light: a different mark in the charts. */
export const LIGHT_NETWORKS: readonly NetworkId[] = ['squeezenet1_0', 'squeezenet1_1', 'mobilenet_v1', 'mobilenet_v2', 'shufflenet_v2_x1_0'];

export interface IlsvrcWinner {
  year: number;
  team: string;
  /** The network, where the winner was one the course teaches. */
  network?: string;
  /** Top-5 error on the test set, in percent. */
  top5: number;
  source: string;
}

const ilsvrcPaper = 'Russakovsky et al., ImageNet Large Scale Visual Recognition Challenge, IJCV 115 (2015), the table of classification winners';

/** The classification task's winning entry each year, top-5 error on the test images. */
export const ILSVRC_WINNERS: readonly IlsvrcWinner[] = [
  { year: 2010, team: 'NEC-UIUC', top5: 28.2, source: `${ilsvrcPaper}; ILSVRC 2010 results page` },
  { year: 2011, team: 'XRCE', top5: 25.8, source: `${ilsvrcPaper}; ILSVRC 2011 results page` },
  { year: 2012, team: 'SuperVision', network: 'AlexNet', top5: 15.3, source: 'ILSVRC 2012 results page, task 1: 0.15315 with extra ImageNet Fall 2011 data, 0.16422 on the supplied data only; Krizhevsky et al. 2012, Table 2' },
  { year: 2013, team: 'Clarifai', network: 'ZFNet', top5: 11.7, source: `${ilsvrcPaper}; ILSVRC 2013 results page (Clarifai, Zeiler's ZFNet-based entry)` },
  { year: 2014, team: 'GoogLeNet', network: 'GoogLeNet', top5: 6.67, source: 'Szegedy et al., Going Deeper with Convolutions, Table 2' },
  { year: 2015, team: 'MSRA', network: 'ResNet', top5: 3.57, source: 'He et al., Deep Residual Learning for Image Recognition, abstract and Table 5 (an ensemble)' },
];

/** AlexNet's 2012 entry trained on the supplied data only (the bar shows the winning 15.3 %). */
export const ALEXNET_SUPPLIED_ONLY = { top5: 16.4, source: 'ILSVRC 2012 results page, task 1 (0.16422, "using only supplied training data")' };

/** One trained annotator's top-5 error on 1,500 test images. */
export const HUMAN_TOP5 = { top5: 5.1, source: `${ilsvrcPaper.replace(', the table of classification winners', '')}, section 6.4 (annotator A1)` };

export interface PublishedAccuracy {
  /** ImageNet-1K validation top-1 accuracy, in percent, single centre crop. */
  top1: number;
  source: string;
}

const torchvision = (weights: string) => `torchvision documentation, ${weights}.IMAGENET1K_V1, acc@1`;

/** Top-1 accuracy of the catalogue's networks that were trained on ImageNet. */
export const IMAGENET_TOP1: Partial<Record<NetworkId, PublishedAccuracy>> = {
  alexnet: { top1: 56.522, source: torchvision('AlexNet_Weights') },
  vgg11: { top1: 69.02, source: torchvision('VGG11_Weights') },
  vgg13: { top1: 69.928, source: torchvision('VGG13_Weights') },
  vgg16: { top1: 71.592, source: torchvision('VGG16_Weights') },
  vgg19: { top1: 72.376, source: torchvision('VGG19_Weights') },
  vgg16_bn: { top1: 73.36, source: torchvision('VGG16_BN_Weights') },
  googlenet: { top1: 69.778, source: torchvision('GoogLeNet_Weights') },
  inception_v3: { top1: 77.294, source: torchvision('Inception_V3_Weights') },
  resnet18: { top1: 69.758, source: torchvision('ResNet18_Weights') },
  resnet34: { top1: 73.314, source: torchvision('ResNet34_Weights') },
  resnet50: { top1: 76.13, source: torchvision('ResNet50_Weights') },
  resnet101: { top1: 77.374, source: torchvision('ResNet101_Weights') },
  resnet152: { top1: 78.312, source: torchvision('ResNet152_Weights') },
  squeezenet1_0: { top1: 58.092, source: torchvision('SqueezeNet1_0_Weights') },
  squeezenet1_1: { top1: 58.178, source: torchvision('SqueezeNet1_1_Weights') },
  mobilenet_v1: { top1: 70.6, source: 'Howard et al., MobileNets (arXiv:1704.04861), Table 8: 1.0 MobileNet-224 (not in torchvision)' },
  mobilenet_v2: { top1: 71.878, source: torchvision('MobileNet_V2_Weights') },
  shufflenet_v2_x1_0: { top1: 69.362, source: torchvision('ShuffleNet_V2_X1_0_Weights') },
  xception: { top1: 79.0, source: 'Chollet, Xception (arXiv:1610.02357), Table 1: 0.790 top-1 (not in torchvision)' },
};
