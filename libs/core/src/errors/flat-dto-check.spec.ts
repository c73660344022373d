import 'reflect-metadata';
import {
  Allow,
  ArrayMaxSize,
  IsDefined,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateBy,
  ValidateIf,
  ValidateNested,
  validateSync,
} from 'class-validator';
import { flatDtoAccepts } from './flat-dto-check';
import { payloadCorpus } from './payload-corpus';

class Everything {
  @IsUUID('all')
  id!: string;

  @IsIn(['send', 'recv'])
  direction!: string;

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(2)
  layer?: number;

  @ValidateIf((o: Everything) => o.ref !== null)
  @IsUUID('all')
  ref!: string | null;

  @IsString({ each: true })
  @ArrayMaxSize(2)
  tags!: string[];

  @IsDefined()
  present!: unknown;

  @Allow()
  anything?: unknown;

  @IsString()
  @Length(1, 3)
  @ValidateBy({ name: 'noX', validator: { validate: (v: unknown) => typeof v !== 'string' || !v.includes('x') } })
  short!: string;

  @IsObject()
  media!: object;
}

class Nested {
  @ValidateNested()
  inner!: object;
}

class NoRules {
  free?: unknown;
}

const accepts = (instance: object) => validateSync(instance, { whitelist: true, forbidNonWhitelisted: true }).length === 0;

function instanceOf<T extends object>(cls: new () => T, payload: Record<string, unknown>): T {
  return Object.assign(new cls(), payload);
}

describe('flatDtoAccepts', () => {
  const example = {
    id: '0b6f6f4e-9d7e-4f7c-8a51-3c8f1f3f2a10',
    direction: 'send',
    layer: 1,
    ref: null,
    tags: ['a'],
    present: 0,
    anything: { x: 1 },
    short: 'ab',
    media: { a: 1 },
  };

  it('agrees with class-validator on every payload of the corpus (each rule kind, refusals and acceptances)', () => {
    const corpus = payloadCorpus(example);
    let accepted = 0;
    for (const payload of corpus) {
      const instance = instanceOf(Everything, payload);
      const expected = accepts(instance);
      expect({ payload, fast: flatDtoAccepts(instance) }).toEqual({ payload, fast: expected });
      if (expected) accepted++;
    }
    // The corpus exercises both answers.
    expect(accepted).toBeGreaterThan(5);
    expect(corpus.length - accepted).toBeGreaterThan(100);
  });

  it('has no plan for classes it does not mirror (nested rules, no rules): the pipe asks class-validator', () => {
    expect(flatDtoAccepts(instanceOf(Nested, { inner: {} }))).toBeNull();
    expect(flatDtoAccepts(instanceOf(NoRules, {}))).toBeNull();
  });

  it('plans a class again when it gains rules after its first use', () => {
    class Late {
      @IsString()
      name!: string;
    }
    expect(flatDtoAccepts(instanceOf(Late, { name: 'a', age: 3 }))).toBe(false);
    Allow()(Late.prototype, 'age');
    expect(flatDtoAccepts(instanceOf(Late, { name: 'a', age: 3 }))).toBe(true);
  });
});
