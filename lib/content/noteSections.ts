/**
 * Every section of the five study notes the course mirrors (copied here so that no build or test
 * reads the notes themselves). A lesson's `covers:` names the sections it teaches, `leftOut:` the
 * ones it deliberately does not, as `"<note>:<section>"`: `000:3-11`, `004:7.5`, `003:transfer`.
 *
 * 000 numbers its sections 3-2 … 3-30; three of them are printed 2-12, 2-13 and 2-15 in the note
 * and keep that number here, so a reader can find them. Two sections share 3-27, and four
 * sections after 3-28 have no number: they get a suffix. 001–003 have titled sections only, and
 * get short English names; 004 follows Dive into Deep Learning's chapter numbers.
 */

export interface NoteSection {
  /** "<note>:<section>", as lessons write it. */
  id: string;
  /** What the section is about, in the note's own heading and in English. */
  title: string;
}

export const NOTES = {
  '000': 'the main syllabus, sections 3-2 to 3-30',
  '001': 'CS231n chapter 7: AlexNet, VGG, GoogLeNet, ResNet',
  '002': 'image classification: AlexNet to ResNet',
  '003': 'a CNN overview: layers, VGG-16 walkthrough, transfer learning, overfitting',
  '004': 'Dive into Deep Learning, chapters 6 and 7',
} as const;

export type NoteId = keyof typeof NOTES;

const section = (id: string, title: string): NoteSection => ({ id, title });

export const NOTE_SECTIONS: readonly NoteSection[] = [
  section('000:3-2', '3-2 基本组成单元: what a CNN is, its building blocks and "other layers"'),
  section('000:3-3', '3-3 卷积运算的定义: convolution as an inner product, padding, im2col'),
  section('000:3-4', '3-4 卷积的重要参数以及卷积核: kernel, stride, pad, outputs; 1-D/2-D/3-D kernels; odd sizes'),
  section('000:3-5', '3-5 权值共享与局部连接: weight sharing and local connectivity'),
  section('000:3-6', '3-6 卷积核与感受野: stacked small kernels, channels, parameter and compute counts'),
  section('000:3-7', '3-7 步长与Pad: stride, output size, padding'),
  section('000:3-9', '3-9 池化层: max, average and stochastic pooling'),
  section('000:3-10', '3-10 激活层: activation functions'),
  section('000:3-11', '3-11 BatchNorm层: batch normalisation'),
  section('000:2-12', '2-12 全连接层: the fully connected layer (numbered 2-12 in the note)'),
  section('000:2-13', '2-13 Dropout层: dropout (numbered 2-13 in the note)'),
  section('000:3-14', '3-14 损失层（1）: empirical and structural risk, loss layers'),
  section('000:2-15', '2-15 损失层（2）: cross-entropy, L1, L2, smooth L1 (numbered 2-15 in the note)'),
  section('000:3-16', '3-16 卷积神经网络发展历史: the history of CNN architectures'),
  section('000:3-17', '3-17 LeNet 与 AlexNet'),
  section('000:3-18', '3-18 ZFNet 与 VggNet'),
  section('000:3-19', '3-19 GoogleNet / Inception V1, v2, v3'),
  section('000:3-20', '3-20 如何减少网络中的计算量: cutting the cost of convolutions'),
  section('000:3-21', '3-21 ResNet'),
  section('000:3-22', '3-22 ResNet系列网络: bottleneck, identity mapping, BN, variants'),
  section('000:3-23', '3-23 网络性能计算量对比: networks compared by accuracy and compute'),
  section('000:3-24', '3-24 SqueezeNet'),
  section('000:3-25', '3-25 MobileNet v1 and v2'),
  section('000:3-26', '3-26 ShuffleNet V1'),
  section('000:3-27', '3-27 ShuffleNet V2 and its design guidelines'),
  section('000:3-27-xception', '3-27 Xception (the note numbers it 3-27 as well)'),
  section('000:3-28', '3-28 多分支的卷积神经网络: Siamese networks, metric problems, cosine distance, face-recognition losses'),
  section('000:3-28-triplet', 'Triplet Net (after 3-28, unnumbered)'),
  section('000:3-28-quadruplet', 'Quadruplet Net (unnumbered)'),
  section('000:3-28-multitask', '多任务网络: multi-task networks (unnumbered)'),
  section('000:3-28-attention', '卷积神经网络中的Attention机制: attention (unnumbered)'),
  section('000:3-30', '3-30 卷积神经网的压缩方法: pruning, quantisation, distillation'),

  section('001:alexnet', 'AlexNet: first layer, parameters, training details, two GPUs'),
  section('001:vgg', 'VGGNet: why small kernels'),
  section('001:googlenet', 'GoogleNet: Inception, why 1×1 convolutions, 854M vs 358M operations'),
  section('001:resnet', 'ResNet: the 20- vs 56-layer experiment, identity mapping, F(x) = H(x) − x'),

  section('002:winners', '图像分类: the ImageNet winners by year'),
  section('002:alexnet', 'AlexNet'),
  section('002:zfnet', 'ZFNet'),
  section('002:vgg', 'VGG'),
  section('002:googlenet', 'GoogLeNet: parameters, auxiliary classifiers, against VGG'),
  section('002:googlenet-naive', 'naive inception: the four branches'),
  section('002:googlenet-v1', 'inception V1: 1×1 reductions'),
  section('002:resnet-residual', '残差: residual against error'),
  section('002:resnet-degradation', '梯度退化: degradation'),
  section('002:resnet-identity', '恒等映射 and 残差块: identity mapping, the residual block'),
  section('002:resnet-principle', '原理: keeping information forward, the A + 1 gradient, the ensemble view'),
  section('002:resnet-bottleneck', '瓶颈块 and 完整的 ResNet 结构: bottleneck, the whole network'),

  section('003:todo', '需要补充的: the author\'s to-do list (demos, Deep Dream)'),
  section('003:why-cnn', '为什么还需要卷积神经网络: why not a fully connected network'),
  section('003:layers', '卷积神经网络的层级结构: the layer types'),
  section('003:input', '数据输入层: mean subtraction, normalisation, PCA and whitening'),
  section('003:conv', '卷积计算层: the convolution layer on RGB, padding, the bias'),
  section('003:relu', '激励层: advice on activations'),
  section('003:pooling', '池化层: max and average pooling'),
  section('003:fc', '全连接层: the fully connected layer'),
  section('003:vgg16-walkthrough', '卷积网络的例子: the VGG-16 memory and parameter table'),
  section('003:visualising', '卷积层里面的东西看起来是什么样子的: what the layers look like'),
  section('003:design', '设计和训练: training, layer patterns, rules of thumb'),
  section('003:transfer', '使用已经训练好的网络: transfer learning and fine-tuning, model zoos'),
  section('003:overfitting', '防止网络的过拟合: augmentation and dropout'),
  section('003:pros-cons', '卷积神经网络优缺点: strengths and weaknesses'),
  section('003:code', 'CNN图像识别实例: a pointer to the teacher\'s code'),

  section('004:6', '第六章 LeNet'),
  section('004:7.1', '7.1 AlexNet'),
  section('004:7.2', '7.2 VGG'),
  section('004:7.3', '7.3 NiN'),
  section('004:7.4', '7.4 GoogLeNet'),
  section('004:7.5', '7.5 批量规范化: batch normalisation'),
  section('004:7.6', '7.6 ResNet'),
];

const KNOWN = new Set(NOTE_SECTIONS.map((s) => s.id));

export function isNoteSection(id: string): boolean {
  return KNOWN.has(id);
}

export interface LeftOut {
  section: string;
  why: string;
}

/** `"002:zfnet: why"` → { section: '002:zfnet', why: 'why' }; null when it has no reason. */
export function parseLeftOut(entry: string): LeftOut | null {
  const m = /^(\d{3}:[^:\s]+):\s*(\S.*)$/.exec(entry.trim());
  return m ? { section: m[1], why: m[2] } : null;
}
