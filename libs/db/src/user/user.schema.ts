import { Schema, type Types } from 'mongoose';

export const USER_MODEL = 'User';

export const agencyRoles = ['admin', 'instructor', 'learner'] as const;
export type AgencyRole = (typeof agencyRoles)[number];

/** One role in one agency; a person can hold several (instructor at a BPSDM, learner at home). */
export interface MembershipDocument {
  agencyId: Types.ObjectId;
  role: AgencyRole;
}

export const employmentTypes = ['PNS', 'PPPK'] as const;
export type EmploymentType = (typeof employmentTypes)[number];

export interface UserProfileDocument {
  fullName: string;
  email?: string;
  /** 18 digits; PPPK numbers carry "21" where a PNS NIP has the appointment month. */
  nip?: string;
  phone?: string;
  employmentType?: EmploymentType;
  workUnit?: string;
  position?: string;
  rankGrade?: string;
  agencyOfOrigin?: string;
}

export interface UserDocument extends UserProfileDocument {
  _id: Types.ObjectId;
  /** Empty until the person sets one through a reset link (imported ASN, new admins). */
  passwordHash?: string;
  passwordChangedAt?: Date;
  isSuperAdmin: boolean;
  memberships: MembershipDocument[];
  /** Lower-cased, accent-free name, NIP and email: FerretDB has no text or collation indexes. */
  searchText: string;
  createdAt: Date;
  updatedAt: Date;
}

const membershipSchema = new Schema<MembershipDocument>(
  {
    agencyId: { type: Schema.Types.ObjectId, required: true },
    role: { type: String, required: true, enum: agencyRoles },
  },
  { _id: false },
);

export const userSchema = new Schema<UserDocument>(
  {
    fullName: { type: String, required: true, trim: true },
    email: { type: String, lowercase: true, trim: true },
    nip: { type: String, trim: true },
    phone: { type: String, trim: true },
    employmentType: { type: String, enum: employmentTypes },
    workUnit: { type: String, trim: true },
    position: { type: String, trim: true },
    rankGrade: { type: String, trim: true },
    agencyOfOrigin: { type: String, trim: true },
    passwordHash: { type: String },
    passwordChangedAt: { type: Date },
    isSuperAdmin: { type: Boolean, required: true, default: false },
    memberships: { type: [membershipSchema], default: [] },
    searchText: { type: String, default: '' },
  },
  { collection: 'users', timestamps: true },
);

// Either identifier signs in, so each is unique; sparse because a person may lack one.
userSchema.index({ email: 1 }, { unique: true, sparse: true });
userSchema.index({ nip: 1 }, { unique: true, sparse: true });
userSchema.index({ 'memberships.agencyId': 1 });
