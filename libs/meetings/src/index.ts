export * from './meetings.module';
export * from './meetings-errors';
export * from './meeting.service';
