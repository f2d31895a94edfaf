/** The English words of the "doctor" namespace. */
const doctor = {} as const;

export default doctor;
