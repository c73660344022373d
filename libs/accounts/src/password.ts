import bcrypt from 'bcryptjs';

const COST = 10;
/** Compared against when the user does not exist, so timing does not reveal which emails are registered. */
const DUMMY_HASH = bcrypt.hashSync('not-a-real-password', COST);

export function hashPassword(plain: string): Promise<string> {
  return bcrypt.hash(plain, COST);
}

export function verifyPassword(plain: string, hash: string | null): Promise<boolean> {
  return bcrypt.compare(plain, hash ?? DUMMY_HASH).then((ok) => ok && hash !== null);
}
