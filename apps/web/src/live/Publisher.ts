import type { JoinResult } from '@livefair/protocol';
import type { types } from 'mediasoup-client';

import { deviceFor, transportOptions } from './device';
import type { LiveClient } from './LiveClient';
import { audioConstraints, openCamera, openMic, videoConstraints, type MediaChoice } from './localMedia';
import type { LiveRoom, RoomMember } from './LiveRoom';
import { Store } from './Store';

/** Three VP8 simulcast layers: viewers get the one that fits their player and their network. */
const SIMULCAST: types.RtpEncodingParameters[] = [
  { rid: 'r0', scaleResolutionDownBy: 4, maxBitrate: 150_000 },
  { rid: 'r1', scaleResolutionDownBy: 2, maxBitrate: 500_000 },
  { rid: 'r2', scaleResolutionDownBy: 1, maxBitrate: 1_200_000 },
];

export interface PublisherState {
  /** What the local preview shows: the camera, or the screen while sharing. */
  preview: MediaStream | null;
  /** The user pressed go-live and has not ended; survives reconnects. */
  wantLive: boolean;
  /** Producers exist on the server. */
  live: boolean;
  muted: boolean;
  cameraOff: boolean;
  sharing: boolean;
  producerIds: string[];
  /** Last failure: a live error code or a `media.*` key. */
  error: string | null;
}

/** A publisher before going live. */
export const IDLE_PUBLISHER: PublisherState = {
  preview: null,
  wantLive: false,
  live: false,
  muted: false,
  cameraOff: false,
  sharing: false,
  producerIds: [],
  error: null,
};

/**
 * The studio's camera and microphone, and their producers in the room. Screen sharing replaces
 * the camera track of the one video producer, so viewers keep a single stream and notice nothing
 * but the picture changing.
 */
export class Publisher extends Store<PublisherState> implements RoomMember {
  private camera: MediaStreamTrack | null = null;
  private mic: MediaStreamTrack | null = null;
  private screen: MediaStreamTrack | null = null;
  private transport: types.Transport | null = null;
  private video: types.Producer | null = null;
  private audio: types.Producer | null = null;
  private join: JoinResult | null = null;
  /** Bumped whenever transports are torn down, so a produce in flight knows it is stale. */
  private generation = 0;

  constructor(private readonly room: LiveRoom) {
    super(IDLE_PUBLISHER);
  }

  private get client(): LiveClient {
    return this.room.client;
  }

  /** Opens camera + microphone for the preview (before going live). */
  async openMedia(choice: MediaChoice): Promise<void> {
    this.camera?.stop();
    this.mic?.stop();
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ video: videoConstraints(choice), audio: audioConstraints(choice) });
    } catch {
      // A laptop without a microphone can still show the goods.
      stream = await navigator.mediaDevices.getUserMedia({ video: videoConstraints(choice) });
    }
    this.camera = stream.getVideoTracks()[0] ?? null;
    this.mic = stream.getAudioTracks()[0] ?? null;
    this.applyLocalFlags();
    if (this.video && !this.screen && this.camera) await this.video.replaceTrack({ track: this.camera });
    if (this.audio && this.mic) await this.audio.replaceTrack({ track: this.mic });
    this.updatePreview();
  }

  async switchCamera(choice: MediaChoice): Promise<void> {
    // Phones cannot open the front and rear camera at once: release the old one first.
    this.camera?.stop();
    this.camera = await openCamera(choice);
    this.applyLocalFlags();
    if (this.video && !this.screen) await this.video.replaceTrack({ track: this.camera });
    this.updatePreview();
  }

  async switchMic(choice: MediaChoice): Promise<void> {
    this.mic?.stop();
    this.mic = await openMic(choice);
    this.applyLocalFlags();
    if (this.audio) await this.audio.replaceTrack({ track: this.mic });
  }

  async startScreen(): Promise<void> {
    if (this.screen) return;
    const display = await navigator.mediaDevices.getDisplayMedia({ video: { frameRate: { ideal: 15, max: 30 } }, audio: false });
    const track = display.getVideoTracks()[0];
    track.contentHint = 'detail';
    track.addEventListener('ended', () => void this.stopScreen());
    this.screen = track;
    if (this.video) await this.video.replaceTrack({ track });
    this.set({ sharing: true });
    this.updatePreview();
  }

  async stopScreen(): Promise<void> {
    const track = this.screen;
    if (!track) return;
    this.screen = null;
    if (this.video && this.camera) await this.video.replaceTrack({ track: this.camera });
    track.stop();
    this.set({ sharing: false });
    this.updatePreview();
  }

  async setMuted(muted: boolean): Promise<void> {
    this.set({ muted });
    this.applyLocalFlags();
    await this.setPaused(this.audio, muted);
  }

  async setCameraOff(cameraOff: boolean): Promise<void> {
    this.set({ cameraOff });
    this.applyLocalFlags();
    await this.setPaused(this.video, cameraOff);
  }

  /** 开始直播: produce now if joined, and again after every rejoin until stop(). */
  async goLive(): Promise<void> {
    this.set({ wantLive: true, error: null });
    if (this.join && !this.transport) await this.produce(this.join);
  }

  /** Closes the producers (the session itself is ended by the page). */
  async stop(): Promise<void> {
    this.set({ wantLive: false });
    const ids = [this.video?.id, this.audio?.id].filter((id): id is string => !!id);
    this.teardown();
    await Promise.all(ids.map((producerId) => this.client.request('producer.close', { producerId }).catch(() => null)));
  }

  joined(join: JoinResult): void {
    this.join = join;
    if (this.state.wantLive) void this.produce(join);
  }

  left(): void {
    this.join = null;
    this.teardown();
  }

  private teardown(): void {
    this.generation++;
    this.transport?.close();
    this.transport = this.video = this.audio = null;
    this.set({ live: false, producerIds: [] });
  }

  /** Leaving the page: release the camera and microphone. */
  close(): void {
    this.left();
    [this.camera, this.mic, this.screen].forEach((track) => track?.stop());
    this.camera = this.mic = this.screen = null;
    this.set({ preview: null, wantLive: false });
  }

  private async produce(join: JoinResult): Promise<void> {
    const generation = ++this.generation;
    const stale = () => generation !== this.generation;
    try {
      const [info, device] = await Promise.all([
        this.client.request('transport.create', { direction: 'send' }),
        deviceFor(join.routerRtpCapabilities as unknown as types.RtpCapabilities),
      ]);
      if (stale()) return;
      const transport = device.createSendTransport(transportOptions(info, join));
      this.transport = transport;
      transport.on('connect', ({ dtlsParameters }, done, fail) => {
        this.client
          .request('transport.connect', { transportId: transport.id, dtlsParameters: dtlsParameters as never })
          .then(() => done(), fail);
      });
      transport.on('produce', ({ kind, rtpParameters, appData }, done, fail) => {
        const source = appData.source as 'camera' | 'mic';
        this.client
          .request('produce', { transportId: transport.id, kind, rtpParameters: rtpParameters as never, source })
          .then(({ producerId }) => done({ id: producerId }), fail);
      });
      transport.on('connectionstatechange', (state) => {
        // No ICE restart in the protocol: a fresh join rebuilds everything and re-produces.
        if (state === 'failed' && !stale()) void this.room.rejoin();
      });

      const videoTrack = this.screen ?? this.camera;
      if (videoTrack) {
        const vp8 = device.rtpCapabilities.codecs?.find((c) => c.mimeType.toLowerCase() === 'video/vp8');
        const video = await transport.produce({
          track: videoTrack,
          encodings: SIMULCAST,
          codec: vp8,
          codecOptions: { videoGoogleStartBitrate: 1000 },
          stopTracks: false,
          appData: { source: 'camera' },
        });
        if (stale()) return;
        this.video = video;
        await this.setPaused(video, this.state.cameraOff);
      }
      if (this.mic) {
        const audio = await transport.produce({ track: this.mic, stopTracks: false, appData: { source: 'mic' } });
        if (stale()) return;
        this.audio = audio;
        await this.setPaused(audio, this.state.muted);
      }
      this.set({ live: true, error: null, producerIds: [this.video?.id, this.audio?.id].filter((id): id is string => !!id) });
    } catch (err) {
      if (stale()) return;
      this.teardown();
      this.set({ error: (err as { code?: string }).code ?? 'PRODUCE_FAILED' });
    }
  }

  private async setPaused(producer: types.Producer | null, paused: boolean): Promise<void> {
    if (!producer || producer.paused === paused) return;
    if (paused) producer.pause();
    else producer.resume();
    await this.client.request(paused ? 'producer.pause' : 'producer.resume', { producerId: producer.id });
  }

  /** Before going live there are no producers to pause: mute/blank the tracks themselves. */
  private applyLocalFlags(): void {
    if (this.mic) this.mic.enabled = !this.state.muted;
    if (this.camera) this.camera.enabled = !this.state.cameraOff;
  }

  private updatePreview(): void {
    const track = this.screen ?? this.camera;
    this.set({ preview: track ? new MediaStream([track]) : null });
  }
}
