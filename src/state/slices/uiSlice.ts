import type { SliceCreator } from '../sliceTypes';

export type ToastKind = 'error' | 'warning' | 'info' | 'success';

export interface Toast {
  id: number;
  kind: ToastKind;
  title: string;
  /** For errors: the file concerned. */
  file?: string;
  detail?: string;
  hint?: string;
}

export type RightTab = 'details' | 'report' | 'verify' | 'compare';
export type LeftTab = 'checkpoint' | 'graph';

export interface UiSlice {
  toasts: Toast[];
  rightTab: RightTab;
  leftTab: LeftTab;
  pushToast(toast: Omit<Toast, 'id'>): number;
  dismissToast(id: number): void;
  setRightTab(tab: RightTab): void;
  setLeftTab(tab: LeftTab): void;
}

let nextToastId = 1;
const MAX_TOASTS = 5;

export const createUiSlice: SliceCreator<UiSlice> = (set) => ({
  toasts: [],
  rightTab: 'details',
  leftTab: 'checkpoint',
  pushToast: (toast) => {
    const id = nextToastId++;
    set((s) => ({ toasts: [...s.toasts, { ...toast, id }].slice(-MAX_TOASTS) }));
    return id;
  },
  dismissToast: (id) => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })),
  setRightTab: (rightTab) => set({ rightTab }),
  setLeftTab: (leftTab) => set({ leftTab }),
});
