import type { SlimscopeErrorInit } from '../../base/errors';
import type { CheckpointFormat } from '../../formats/checkpoint';
import type { VariableColumns } from './variableColumns';
import type { GraphConfig, GraphMode } from '../../model/catalogue';
import type { MappingUpdate } from './mappingView';
import type { ExportCatalogue } from './exportCatalogue';
import type { CompareCatalogue } from './compareCatalogue';
import type { ReadMappedWeights } from './inferenceWeights';
import type { Method } from '../rpc/protocol';
import type { StatsScanResult } from '../../formats/stats/statsScan';
import type { TensorSummary } from '../../formats/stats/tensorSummary';

/** A user file with its path relative to what was dropped or picked (folder name included). */
export interface InputFile {
  path: string;
  file: Blob;
}

export interface PrefixListing {
  prefix: string;
  files: string[];
  /** Named by a `checkpoint` state file; only a hint. */
  suggested: boolean;
}

/** Everything the main thread keeps about an opened checkpoint (metadata only). */
export interface OpenedCheckpoint {
  handle: number;
  prefix: string;
  format: CheckpointFormat;
  files: { name: string; size: number }[];
  identity: string;
  synthetic: boolean;
  /** The variable list as transferable columns (read on the page through `VariableTable`). */
  columns: VariableColumns;
  warnings: SlimscopeErrorInit[];
  /** When the index had been read (ms since the epoch, `timeOrigin + now()`), for the scale bench. */
  indexReadAt?: number;
}

/** What the worker keeps about an opened checkpoint besides its reader. */
export type CheckpointMeta = Omit<OpenedCheckpoint, 'columns' | 'indexReadAt'>;

export type CheckpointCatalogue = MatchingCatalogue &
  ExportCatalogue &
  CompareCatalogue & {
    listPrefixes: Method<{ files: InputFile[] }, PrefixListing[]>;
    open: Method<{ files: InputFile[]; prefix: string }, OpenedCheckpoint>;
    openDemo: Method<Record<string, never>, OpenedCheckpoint>;
    close: Method<{ handle: number }, null>;
    summarize: Method<{ handle: number; name: string }, TensorSummary>;
    /** Statistics of every numeric tensor, streamed (see statsScan.ts). */
    scanStatistics: Method<{ handle: number }, StatsScanResult>;
    /** Verify: the inference graph's weights through the mapping (see inferenceWeights.ts). */
    readMappedWeights: ReadMappedWeights;
  };

/** An open checkpoint and the graph configuration to match it to (class count: the model's default). */
export interface MatchTarget extends Omit<GraphConfig, 'numClasses'> {
  handle: number;
  numClasses?: number;
}

/** What detection found, as the UI shows it (see matching/detectModel.ts). */
export interface DetectionView {
  config: GraphConfig;
  fit: 'complete' | 'partial' | 'none';
  matched: number;
  graphTotal: number;
  summary: string;
  /** Runner-up configurations, best first, for the override menu. */
  alternatives: { config: GraphConfig; matched: number; graphTotal: number; estimated: boolean }[];
}

export type MatchingCatalogue = {
  autoMatch: Method<MatchTarget & { preferEma: boolean }, MappingUpdate>;
  /**
   * Scores every known configuration against the checkpoint and keeps the best one's session;
   * when nothing fits even partly, the current `fallback` configuration is matched instead.
   */
  detectAndMatch: Method<
    { handle: number; preferEma: boolean; preferMode: GraphMode; fallback: GraphConfig },
    { detection: DetectionView; update: MappingUpdate }
  >;
  mapPair: Method<{ handle: number; checkpoint: string; graph: string }, MappingUpdate>;
  unmapPair: Method<{ handle: number; graph: string }, MappingUpdate>;
  lockPair: Method<{ handle: number; graph: string; locked: boolean }, MappingUpdate>;
  undo: Method<{ handle: number }, MappingUpdate>;
  redo: Method<{ handle: number }, MappingUpdate>;
  answerGeneralization: Method<{ handle: number; accept: boolean }, MappingUpdate>;
  setPreferEma: Method<{ handle: number; preferEma: boolean }, MappingUpdate>;
  importMapping: Method<MatchTarget & { text: string; fileName: string }, MappingUpdate>;
  exportAssignmentMap: Method<{ handle: number }, Record<string, string>>;
  /** Sets a graph variable from a .npy (value held in the worker); `layout` indexes `npyChoice.options`. */
  setFromNpy: Method<
    { handle: number; graph: string; fileName: string; file: Blob; layout?: number },
    MappingUpdate
  >;
};
