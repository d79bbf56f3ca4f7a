/// <reference types="jest" />
import { policyInputOf, policyProblems } from './jp-policy-rules';

describe('policyProblems', () => {
  it('accepts the ranges the API accepts, ends included', () => {
    expect(policyProblems({ minutesPerJp: 1, yearlyTargetPns: 0, yearlyTargetPppk: 200 })).toEqual({});
    expect(policyProblems({ minutesPerJp: 240, yearlyTargetPns: 200, yearlyTargetPppk: 0 })).toEqual({});
  });

  it('refuses what the API refuses, field by field', () => {
    expect(policyProblems({ minutesPerJp: 0, yearlyTargetPns: 1000, yearlyTargetPppk: -1 })).toEqual({
      minutesPerJp: 'outOfRange',
      yearlyTargetPns: 'outOfRange',
      yearlyTargetPppk: 'outOfRange',
    });
    expect(policyProblems({ minutesPerJp: 241, yearlyTargetPns: 201, yearlyTargetPppk: 20 })).toEqual({ minutesPerJp: 'outOfRange', yearlyTargetPns: 'outOfRange' });
  });

  it('asks for whole numbers and for every field', () => {
    expect(policyProblems({ minutesPerJp: '', yearlyTargetPns: 12.5, yearlyTargetPppk: 'abc' })).toEqual({
      minutesPerJp: 'required',
      yearlyTargetPns: 'notInteger',
      yearlyTargetPppk: 'notInteger',
    });
  });
});

describe('policyInputOf', () => {
  it('sends numbers, also for text the input kept', () => {
    expect(policyInputOf({ minutesPerJp: '45', yearlyTargetPns: 20, yearlyTargetPppk: '0' })).toEqual({ minutesPerJp: 45, yearlyTargetPns: 20, yearlyTargetPppk: 0 });
  });
});
