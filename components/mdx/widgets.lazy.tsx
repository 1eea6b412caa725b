'use client';
/**
 * THE widget registry: one line per widget. Each widget loads in its own chunk when a lesson
 * shows it (server-rendered HTML stands in until then), inside an error boundary that wraps the
 * whole widget. A new widget is one folder in components/widgets plus one line here.
 */
import dynamic from 'next/dynamic';
import { guarded } from '@/components/widgets/shared/frame/guarded';

export const ActivationExplorer = guarded('ActivationExplorer', dynamic(() => import('@/components/widgets/ActivationExplorer').then((m) => m.ActivationExplorer)));
export const ArchitectureExplorer = guarded('ArchitectureExplorer', dynamic(() => import('@/components/widgets/ArchitectureExplorer').then((m) => m.ArchitectureExplorer)));
export const AttentionMasks = guarded('AttentionMasks', dynamic(() => import('@/components/widgets/AttentionMasks').then((m) => m.AttentionMasks)));
export const AugmentationGallery = guarded('AugmentationGallery', dynamic(() => import('@/components/widgets/AugmentationGallery').then((m) => m.AugmentationGallery)));
export const BatchNormExplorer = guarded('BatchNormExplorer', dynamic(() => import('@/components/widgets/BatchNormExplorer').then((m) => m.BatchNormExplorer)));
export const ChannelShuffle = guarded('ChannelShuffle', dynamic(() => import('@/components/widgets/ChannelShuffle').then((m) => m.ChannelShuffle)));
export const ClassifierHeads = guarded('ClassifierHeads', dynamic(() => import('@/components/widgets/ClassifierHeads').then((m) => m.ClassifierHeads)));
export const ConvCostCounter = guarded('ConvCostCounter', dynamic(() => import('@/components/widgets/ConvCostCounter').then((m) => m.ConvCostCounter)));
export const ConvolutionStepper = guarded('ConvolutionStepper', dynamic(() => import('@/components/widgets/ConvolutionStepper').then((m) => m.ConvolutionStepper)));
export const DeepDream = guarded('DeepDream', dynamic(() => import('@/components/widgets/DeepDream').then((m) => m.DeepDream)));
export const DepthwiseSeparableCost = guarded('DepthwiseSeparableCost', dynamic(() => import('@/components/widgets/DepthwiseSeparableCost').then((m) => m.DepthwiseSeparableCost)));
export const DistillationTrainer = guarded('DistillationTrainer', dynamic(() => import('@/components/widgets/DistillationTrainer').then((m) => m.DistillationTrainer)));
export const DropoutDemo = guarded('DropoutDemo', dynamic(() => import('@/components/widgets/DropoutDemo').then((m) => m.DropoutDemo)));
export const DyingRelu = guarded('DyingRelu', dynamic(() => import('@/components/widgets/DyingRelu').then((m) => m.DyingRelu)));
export const EmbeddingTrainer = guarded('EmbeddingTrainer', dynamic(() => import('@/components/widgets/EmbeddingTrainer').then((m) => m.EmbeddingTrainer)));
export const FcAsConv = guarded('FcAsConv', dynamic(() => import('@/components/widgets/FcAsConv').then((m) => m.FcAsConv)));
export const FcScaling = guarded('FcScaling', dynamic(() => import('@/components/widgets/FcScaling').then((m) => m.FcScaling)));
export const FilterGallery = guarded('FilterGallery', dynamic(() => import('@/components/widgets/FilterGallery').then((m) => m.FilterGallery)));
export const FineTuneLab = guarded('FineTuneLab', dynamic(() => import('@/components/widgets/FineTuneLab').then((m) => m.FineTuneLab)));
export const GradientChain = guarded('GradientChain', dynamic(() => import('@/components/widgets/GradientChain').then((m) => m.GradientChain)));
export const GradientFlow = guarded('GradientFlow', dynamic(() => import('@/components/widgets/GradientFlow').then((m) => m.GradientFlow)));
export const Im2colView = guarded('Im2colView', dynamic(() => import('@/components/widgets/Im2colView').then((m) => m.Im2colView)));
export const InceptionCost = guarded('InceptionCost', dynamic(() => import('@/components/widgets/InceptionCost').then((m) => m.InceptionCost)));
export const LayerPattern = guarded('LayerPattern', dynamic(() => import('@/components/widgets/LayerPattern').then((m) => m.LayerPattern)));
export const LossExplorer = guarded('LossExplorer', dynamic(() => import('@/components/widgets/LossExplorer').then((m) => m.LossExplorer)));
export const MeanImageExplorer = guarded('MeanImageExplorer', dynamic(() => import('@/components/widgets/MeanImageExplorer').then((m) => m.MeanImageExplorer)));
export const MultiTaskTrainer = guarded('MultiTaskTrainer', dynamic(() => import('@/components/widgets/MultiTaskTrainer').then((m) => m.MultiTaskTrainer)));
export const NetworkOverview = guarded('NetworkOverview', dynamic(() => import('@/components/widgets/NetworkOverview').then((m) => m.NetworkOverview)));
export const OcclusionMap = guarded('OcclusionMap', dynamic(() => import('@/components/widgets/OcclusionMap').then((m) => m.OcclusionMap)));
export const OverfittingLab = guarded('OverfittingLab', dynamic(() => import('@/components/widgets/OverfittingLab').then((m) => m.OverfittingLab)));
export const PointwiseConv = guarded('PointwiseConv', dynamic(() => import('@/components/widgets/PointwiseConv').then((m) => m.PointwiseConv)));
export const PoolingStepper = guarded('PoolingStepper', dynamic(() => import('@/components/widgets/PoolingStepper').then((m) => m.PoolingStepper)));
export const PreprocessingExplorer = guarded('PreprocessingExplorer', dynamic(() => import('@/components/widgets/PreprocessingExplorer').then((m) => m.PreprocessingExplorer)));
export const PruningExplorer = guarded('PruningExplorer', dynamic(() => import('@/components/widgets/PruningExplorer').then((m) => m.PruningExplorer)));
export const QuantisationExplorer = guarded('QuantisationExplorer', dynamic(() => import('@/components/widgets/QuantisationExplorer').then((m) => m.QuantisationExplorer)));
export const ReceptiveFieldExplorer = guarded('ReceptiveFieldExplorer', dynamic(() => import('@/components/widgets/ReceptiveFieldExplorer').then((m) => m.ReceptiveFieldExplorer)));
export const SaliencyView = guarded('SaliencyView', dynamic(() => import('@/components/widgets/SaliencyView').then((m) => m.SaliencyView)));
export const SigmoidSaturation = guarded('SigmoidSaturation', dynamic(() => import('@/components/widgets/SigmoidSaturation').then((m) => m.SigmoidSaturation)));
export const SqueezeExcite = guarded('SqueezeExcite', dynamic(() => import('@/components/widgets/SqueezeExcite').then((m) => m.SqueezeExcite)));
