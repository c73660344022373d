import type { LiveRoom } from './LiveRoom';
import type { RoomFeed } from './RoomFeed';

const SEND_EVERY_MS = 500;
const MAX_PER_REQUEST = 50;

/** Taps count at once on screen; the server hears about them at most every 500 ms, 50 at a time. */
export class LikeBatcher {
  private pending = 0;
  private lastSent = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly room: LiveRoom,
    private readonly feed: RoomFeed,
  ) {}

  tap(): void {
    if (!this.room.state.join) return; // not in the room (yet): the server would refuse it
    this.pending++;
    this.feed.noteLikes(this.feed.state.likeCount + 1);
    this.schedule();
  }

  dispose(): void {
    clearTimeout(this.timer);
  }

  private schedule(): void {
    if (this.timer !== undefined) return;
    const wait = Math.max(0, this.lastSent + SEND_EVERY_MS - Date.now());
    this.timer = setTimeout(() => this.flush(), wait);
  }

  private flush(): void {
    this.timer = undefined;
    const count = Math.min(this.pending, MAX_PER_REQUEST);
    if (count === 0) return;
    this.pending -= count;
    this.lastSent = Date.now();
    this.room.client.request('like', { count }).then(
      ({ likeCount }) => this.feed.noteLikes(likeCount),
      () => undefined, // a lost like is not worth an error message
    );
    if (this.pending > 0) this.schedule();
  }
}
