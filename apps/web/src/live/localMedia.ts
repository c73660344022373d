/** Camera/microphone helpers for the studio. Phones get a front/rear switch instead of a device list. */

export type Facing = 'user' | 'environment';

export interface MediaChoice {
  cameraId?: string;
  micId?: string;
  /** Phones: which camera; the rear one shows the goods. */
  facing?: Facing;
}

export const isPhone = (): boolean => /Android|iPhone|iPad|iPod|Mobile/i.test(navigator.userAgent);

export const canShareScreen = (): boolean => typeof navigator.mediaDevices?.getDisplayMedia === 'function' && !isPhone();

export function videoConstraints(choice: MediaChoice): MediaTrackConstraints {
  const base: MediaTrackConstraints = { width: { ideal: 1280 }, height: { ideal: 720 }, frameRate: { ideal: 30, max: 30 } };
  if (choice.cameraId) return { ...base, deviceId: { exact: choice.cameraId } };
  if (choice.facing) return { ...base, facingMode: { ideal: choice.facing } };
  return base;
}

export function audioConstraints(choice: MediaChoice): MediaTrackConstraints {
  const base: MediaTrackConstraints = { echoCancellation: true, noiseSuppression: true, autoGainControl: true };
  return choice.micId ? { ...base, deviceId: { exact: choice.micId } } : base;
}

export async function listDevices(): Promise<{ cameras: MediaDeviceInfo[]; mics: MediaDeviceInfo[] }> {
  const all = await navigator.mediaDevices.enumerateDevices();
  return {
    cameras: all.filter((d) => d.kind === 'videoinput' && d.deviceId),
    mics: all.filter((d) => d.kind === 'audioinput' && d.deviceId),
  };
}

export async function openCamera(choice: MediaChoice): Promise<MediaStreamTrack> {
  const stream = await navigator.mediaDevices.getUserMedia({ video: videoConstraints(choice) });
  return stream.getVideoTracks()[0];
}

export async function openMic(choice: MediaChoice): Promise<MediaStreamTrack> {
  const stream = await navigator.mediaDevices.getUserMedia({ audio: audioConstraints(choice) });
  return stream.getAudioTracks()[0];
}

/** getUserMedia failure -> an i18n key under `live.media`. */
export function mediaErrorKey(err: unknown): 'denied' | 'notFound' | 'busy' | 'failed' {
  const name = err instanceof DOMException ? err.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'notFound';
  if (name === 'NotReadableError' || name === 'AbortError') return 'busy';
  return 'failed';
}
