import {
  AppointmentCheckInRequest,
  BookAppointmentRequest,
  CancelAppointmentRequest,
  GiveDelayReasonRequest,
  RebookAppointmentRequest,
  ReassignAppointmentRequest,
  RescheduleAppointmentRequest,
  SetAwayRequest,
  StaffCheckInRequest,
} from '@reception/shared';
import type { StaffPrincipal } from '../auth/principal.js';
import { giveDelayReason, setAway } from '../commands/appointments/away-and-delay.js';
import { bookAppointment } from '../commands/appointments/book.js';
import { kioskAppointmentCheckIn } from '../commands/appointments/kiosk-check-in.js';
import { rebookAppointment } from '../commands/appointments/rebook.js';
import { reassignAppointment } from '../commands/appointments/reassign.js';
import { cancelAppointment, rescheduleAppointment } from '../commands/appointments/reschedule-cancel.js';
import { staffCheckIn } from '../commands/appointments/staff-check-in.js';
import type { Deps } from '../commands/context.js';
import { handle, type HandlerContext } from './handle.js';
import type { IoSocket } from './types.js';

/** The appointment events: booking and its changes for staff, check-in for kiosks. */
export function registerAppointmentHandlers(context: HandlerContext, socket: IoSocket, deps: Deps): void {
  const staffOnly = ['staff'] as const;
  const asStaff = (p: unknown) => p as StaffPrincipal;
  handle(context, socket, deps, 'kiosk:appointment-check-in', ['kiosk'], AppointmentCheckInRequest, (req, pr) => {
    if (pr.kind !== 'device') throw new Error('unreachable');
    return kioskAppointmentCheckIn(deps, pr.siteId, pr.deviceId, req).then(({ result, change }) => ({ data: result, change }));
  });
  handle(context, socket, deps, 'staff:book-appointment', staffOnly, BookAppointmentRequest, (req, pr) => {
    const { appointment, change } = bookAppointment(deps, asStaff(pr), req);
    return { data: appointment, change };
  });
  handle(context, socket, deps, 'staff:reschedule-appointment', staffOnly, RescheduleAppointmentRequest, (req, pr) => {
    const { appointment, change } = rescheduleAppointment(deps, asStaff(pr), req);
    return { data: appointment, change };
  });
  handle(context, socket, deps, 'staff:cancel-appointment', staffOnly, CancelAppointmentRequest, (req, pr) => {
    const { appointment, change } = cancelAppointment(deps, asStaff(pr), req);
    return { data: appointment, change };
  });
  handle(context, socket, deps, 'staff:reassign-appointment', staffOnly, ReassignAppointmentRequest, (req, pr) => {
    const { appointment, change } = reassignAppointment(deps, asStaff(pr), req);
    return { data: appointment, change };
  });
  handle(context, socket, deps, 'staff:rebook-appointment', staffOnly, RebookAppointmentRequest, (req, pr) => {
    const { appointment, change } = rebookAppointment(deps, asStaff(pr), req);
    return { data: appointment, change };
  });
  handle(context, socket, deps, 'staff:check-in-appointment', staffOnly, StaffCheckInRequest, (req, pr) => staffCheckIn(deps, asStaff(pr), req).then(({ result, change }) => ({ data: result, change })));
  handle(context, socket, deps, 'staff:set-away', staffOnly, SetAwayRequest, (req, pr) => {
    const { officer, change } = setAway(deps, asStaff(pr), req);
    return { data: officer, change };
  });
  handle(context, socket, deps, 'staff:give-delay-reason', staffOnly, GiveDelayReasonRequest, (req, pr) => {
    const { prompt, change } = giveDelayReason(deps, asStaff(pr), req);
    return { data: prompt, change };
  });
}
