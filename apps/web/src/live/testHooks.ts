import { useEffect, useRef, type RefObject } from 'react';

import type { Viewer } from './Viewer';

/**
 * Read-only hooks for end-to-end tests (real Chromium), present while the page is mounted:
 *   window.__lfViewer = { state(): 'starting'|'playing'|'reconnecting'|'ended',
 *                         framesDecoded(): Promise<number>  // inbound-rtp of the video consumer
 *                         videoWidth(): number              // the <video>'s decoded width
 *                         candidatePair(): Promise<{ local, remote } | null> } // 'udp' | 'tcp' each
 *   window.__lfStudio = { state(): 'idle'|'live'|'ended', producerIds(): string[] }
 */
export interface ViewerTestHook {
  state(): string;
  framesDecoded(): Promise<number>;
  videoWidth(): number;
  candidatePair(): Promise<{ local: string; remote: string } | null>;
}

export interface StudioTestHook {
  state(): string;
  producerIds(): string[];
}

declare global {
  interface Window {
    __lfViewer?: ViewerTestHook;
    __lfStudio?: StudioTestHook;
  }
}

export function useViewerTestHook(viewer: Viewer | null, videoRef: RefObject<HTMLVideoElement | null>): void {
  useEffect(() => {
    if (!viewer) return;
    window.__lfViewer = {
      state: () => viewer.state.phase,
      framesDecoded: () => viewer.framesDecoded(),
      videoWidth: () => videoRef.current?.videoWidth ?? 0,
      candidatePair: () => viewer.candidatePair(),
    };
    return () => void delete window.__lfViewer;
  }, [viewer, videoRef]);
}

export function useStudioTestHook(state: 'idle' | 'live' | 'ended', producerIds: string[]): void {
  const latest = useRef({ state, producerIds });
  latest.current = { state, producerIds };
  useEffect(() => {
    window.__lfStudio = { state: () => latest.current.state, producerIds: () => [...latest.current.producerIds] };
    return () => void delete window.__lfStudio;
  }, []);
}
