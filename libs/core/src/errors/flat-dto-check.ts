import { getMetadataStorage, ValidationArguments, ValidationTypes } from 'class-validator';

/**
 * A flat DTO's class-validator rules, looked up once and run directly: the fast answer to "does
 * class-validator accept this instance?" for socket payloads (SocketValidationPipe).
 *
 * `validateSync` pays, on every call, for finding the class's rules among every class in the
 * process (a scan that grows with each context's DTOs), grouping them, building error objects for
 * each property and looking up each constraint's instance. Here that is done once per class; the
 * constraints themselves (the same functions class-validator calls, with the same arguments) run
 * per call. It only says yes or no: a payload it refuses is validated again by `validateSync`,
 * which words the errors, so answers to bad payloads are class-validator's own.
 *
 * Covers what flat socket DTOs use: custom and built-in constraints (with `each` and
 * `validateIf`), conditional validation (`@IsOptional`, `@ValidateIf`), `@IsDefined`,
 * `@Allow`. A class with anything else (nested or promise validation, async constraints,
 * groups, or no rules at all) gets no plan, and its payloads always go to `validateSync`.
 * Options mirrored: `{ whitelist: true, forbidNonWhitelisted: true }`, no groups.
 */
type Meta = ReturnType<ReturnType<typeof getMetadataStorage>['getTargetValidationMetadatas']>[number];

interface Rule {
  meta: Meta;
  validators: { validate(value: unknown, args: ValidationArguments): unknown }[];
}

interface PropertyPlan {
  name: string;
  conditions: ((object: object, value: unknown) => boolean)[];
  rules: Rule[];
}

interface Plan {
  /** How many rules the class had when planned: a class given more later is planned again. */
  ownRules: number;
  properties: PropertyPlan[];
  allowed: Set<string>;
}

const plans = new WeakMap<object, Plan | null>();

const SUPPORTED = new Set<string>([
  ValidationTypes.CUSTOM_VALIDATION,
  ValidationTypes.CONDITIONAL_VALIDATION,
  ValidationTypes.IS_DEFINED,
  ValidationTypes.WHITELIST,
]);

function ownRuleCount(target: object): number {
  const storage = getMetadataStorage() as unknown as { validationMetadatas?: Map<object, unknown[]> };
  return storage.validationMetadatas?.get(target)?.length ?? -1;
}

function buildPlan(target: new () => object): Plan | null {
  const storage = getMetadataStorage();
  const metas = storage.getTargetValidationMetadatas(target, '', false, false, undefined);
  if (metas.length === 0) return null;
  const byName = new Map<string, PropertyPlan>();
  for (const meta of metas) {
    if (!SUPPORTED.has(meta.type) || (meta.groups && meta.groups.length) || meta.always) return null;
    let p = byName.get(meta.propertyName);
    if (!p) byName.set(meta.propertyName, (p = { name: meta.propertyName, conditions: [], rules: [] }));
    if (meta.type === ValidationTypes.CONDITIONAL_VALIDATION) {
      p.conditions.push(meta.constraints[0] as (object: object, value: unknown) => boolean);
    } else if (meta.type !== ValidationTypes.WHITELIST) {
      const constraints = storage.getTargetValidatorConstraints(meta.constraintCls);
      if (constraints.some((c) => c.async)) return null;
      p.rules.push({ meta, validators: constraints.map((c) => c.instance as Rule['validators'][number]) });
    }
  }
  // class-validator runs the IS_DEFINED rules of a property before its others; the outcome is the same.
  return { ownRules: ownRuleCount(target), properties: [...byName.values()], allowed: new Set(byName.keys()) };
}

function planFor(target: new () => object): Plan | null {
  const cached = plans.get(target);
  if (cached !== undefined && (cached === null || cached.ownRules === ownRuleCount(target))) return cached;
  const plan = buildPlan(target);
  plans.set(target, plan);
  return plan;
}

function passes(rule: Rule, object: object, property: string, value: unknown): boolean {
  const { meta } = rule;
  if (meta.validateIf && !meta.validateIf(object, value)) return true;
  const args: ValidationArguments = {
    targetName: object.constructor?.name,
    property,
    object,
    value,
    constraints: meta.constraints,
  };
  const each = meta.each && (Array.isArray(value) || value instanceof Set || value instanceof Map);
  for (const v of rule.validators) {
    if (each) {
      const items = value instanceof Map ? [...value.values()] : [...(value as Iterable<unknown>)];
      if (!items.every((item) => v.validate(item, args))) return false;
    } else if (!v.validate(value, args)) return false;
  }
  return true;
}

/**
 * true: class-validator (whitelist + forbidNonWhitelisted) would accept `instance`; false: it
 * would refuse it; null: no plan for this class (ask class-validator).
 */
export function flatDtoAccepts(instance: object): boolean | null {
  const plan = planFor(instance.constructor as new () => object);
  if (!plan) return null;
  for (const key of Object.keys(instance)) if (!plan.allowed.has(key)) return false;
  const record = instance as Record<string, unknown>;
  for (const p of plan.properties) {
    const value = record[p.name];
    if (!p.conditions.every((c) => c(instance, value))) continue;
    for (const rule of p.rules) if (!passes(rule, instance, p.name, value)) return false;
  }
  return true;
}
