import type { JpPolicyInput } from '../../gql/generated';

export type PolicyField = keyof JpPolicyInput;

/** The ranges JpPolicyService accepts (apps/api/src/jp-ledger/jp-policy.service.ts). */
export const POLICY_LIMITS: Record<PolicyField, { min: number; max: number }> = {
  minutesPerJp: { min: 1, max: 240 },
  yearlyTargetPns: { min: 0, max: 200 },
  yearlyTargetPppk: { min: 0, max: 200 },
};

export const POLICY_FIELDS = Object.keys(POLICY_LIMITS) as PolicyField[];

/** What a NumberInput holds: a number, or the text typed when it is not one (or empty). */
export type PolicyValues = Record<PolicyField, number | string>;

export type PolicyProblem = 'required' | 'notInteger' | 'outOfRange';

/** The problem of each field that has one; none means the policy can be sent. */
export function policyProblems(values: PolicyValues): Partial<Record<PolicyField, PolicyProblem>> {
  const problems: Partial<Record<PolicyField, PolicyProblem>> = {};
  for (const field of POLICY_FIELDS) {
    const problem = valueProblem(values[field], POLICY_LIMITS[field]);
    if (problem) problems[field] = problem;
  }
  return problems;
}

/** The input to send; call once policyProblems found none. */
export function policyInputOf(values: PolicyValues): JpPolicyInput {
  return { minutesPerJp: Number(values.minutesPerJp), yearlyTargetPns: Number(values.yearlyTargetPns), yearlyTargetPppk: Number(values.yearlyTargetPppk) };
}

function valueProblem(value: number | string, { min, max }: { min: number; max: number }): PolicyProblem | null {
  if (typeof value === 'string' && value.trim() === '') return 'required';
  const number = Number(value);
  if (!Number.isInteger(number)) return 'notInteger';
  return number < min || number > max ? 'outOfRange' : null;
}
