import type { StateCreator } from 'zustand';
import type { AppState } from './store';

/** A slice creator that sees the whole store (so actions may read other slices). */
export type SliceCreator<T> = StateCreator<AppState, [], [], T>;
