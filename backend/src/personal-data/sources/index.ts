import type { PersonalDataSource } from "../source"
import { addressesSource } from "./addresses"
import { businessSource } from "./business"
import { checkoutSource } from "./checkout"
import { consentsSource } from "./consents"
import { notificationsSource } from "./notifications"
import { ordersSource } from "./orders"
import { producerSource } from "./producer"
import { profileSource } from "./profile"
import { reviewsSource } from "./reviews"
import { returnsSource } from "./returns"

/**
 * Every source of personal data, in the order an erasure runs them: the profile last, because it
 * removes the account the others are found by. Adding a module that stores personal data means
 * adding its source here.
 */
export const personalDataSources: PersonalDataSource[] = [
  reviewsSource,
  // Returns first: a guest's are found through its orders' e-mail, which the orders' erasure empties.
  returnsSource,
  ordersSource,
  checkoutSource,
  addressesSource,
  businessSource,
  producerSource,
  notificationsSource,
  consentsSource,
  profileSource,
]
