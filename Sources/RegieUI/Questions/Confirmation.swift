import Canvas
import Foundation
import RegieKit

/// A question before something that cannot be taken back, or about work found on disk.
///
/// Its answers and their keys come from one table (`options`), which both `update` and the
/// view read. The rules every question keeps: `Esc` always means "back, nothing happens"; the
/// safe answer is the default (`Enter`); an answer that destroys something takes a deliberate
/// key that is no plain letter of running text (`Shift-D` or `Ctrl-D`), so a letter typed by
/// accident — an `n` meant for a word — never throws work away.
public struct Confirmation: Sendable {
    public enum Subject: Sendable {
        case deletePartner(Partner.ID)
        case deleteRelation(Relation.ID)
        case deleteIntervention(Intervention.ID)
        case deleteNote(Note.ID)
        case deleteMeeting(Meeting.ID)
        case deleteAction(ActionItem.ID)
        /// Quitting without autosave while there are unsaved changes.
        case quitUnsaved
        /// Esc in a form the user typed in.
        case discardForm(Form)
        /// A copy of the session found at start (autosave's recovery copy, or a temporary file of
        /// a save that was interrupted) that holds work the file lacks.
        case restoreCopy(path: String, copy: Session)
        /// A form the user was typing in when Regie stopped.
        case restoreDraft(path: String, FormDraft)
        /// Another Regie has the file open.
        case otherInstance(SessionLock.Holder)
        /// A save-as or export would replace an existing file.
        case overwrite(path: String, then: OverwriteTarget)
        /// `p` in a presentation: leaving it puts everything back on the screen.
        case leavePresentation
        /// Esc while typing a group's answer into a slide, with text typed.
        case discardGroupAnswer(PresentationState.Editing)
    }

    /// What an overwrite question lets go ahead.
    public enum OverwriteTarget: Hashable, Sendable {
        case saveAs
        case export(ExportRequest)
    }

    /// The three kinds of answer; what each does depends on the subject.
    public enum Answer: Hashable, Sendable {
        /// The safe, constructive answer: restore, save and quit, open read-only.
        case accept
        /// The answer that throws something away: delete, discard, overwrite.
        case destroy
        /// Back: nothing happens (for a copy found on disk: ask again next time).
        case back
    }

    /// One answer with the keys that give it, as the question lists it.
    public struct Option: Sendable {
        public var answer: Answer
        public var keys: [Key]
        /// How the keys are written on screen ("Shift-D").
        public var keyLabel: String
        public var label: Localized
    }

    public var subject: Subject
    public var question: Localized

    public init(subject: Subject, question: Localized) {
        self.subject = subject
        self.question = question
    }

    /// The title of the question's box.
    public var title: Localized {
        switch subject {
        case .deletePartner, .deleteRelation, .deleteIntervention, .deleteNote, .deleteMeeting, .deleteAction:
            Localized(nl: "Verwijderen?", en: "Delete?")
        case .quitUnsaved: Localized(nl: "Stoppen", en: "Quit")
        case .discardForm, .discardGroupAnswer: Localized(nl: "Weggooien?", en: "Throw away?")
        case .restoreCopy: Localized(nl: "Werk gevonden", en: "Work found")
        case .restoreDraft: Localized(nl: "Concept gevonden", en: "Draft found")
        case .otherInstance: Localized(nl: "Al geopend", en: "Open already")
        case .overwrite: Localized(nl: "Overschrijven?", en: "Overwrite?")
        case .leavePresentation: Localized(nl: "Presentatie verlaten?", en: "Leave the presentation?")
        }
    }

    /// The answer `key` gives, if any; other keys do nothing while the question is open.
    public func answer(for key: Key) -> Answer? {
        options.first { $0.keys.contains(key) }?.answer
    }

    /// The answers of this question, in the order they are listed; the first is the default.
    public var options: [Option] {
        let deliberate: [Key] = [.character("D"), .ctrl("d")]
        let yes: [Key] = [.enter, .character("j"), .character("y"), .character("J"), .character("Y")]
        let no: [Key] = [.escape, .ctrl("c"), .character("n"), .character("N")]
        func option(_ answer: Answer, _ keys: [Key], _ keyLabel: String, _ nl: String, _ en: String) -> Option {
            Option(answer: answer, keys: keys, keyLabel: keyLabel, label: Localized(nl: nl, en: en))
        }
        switch subject {
        case .deletePartner, .deleteRelation, .deleteIntervention, .deleteNote, .deleteMeeting, .deleteAction:
            return [
                option(.back, no + [.enter], "Esc", "niet verwijderen", "keep it"),
                option(.destroy, deliberate, "Shift-D", "verwijderen", "delete"),
            ]
        case .quitUnsaved:
            return [
                option(.accept, yes + [.character("s")], "Enter", "bewaren en stoppen", "save and quit"),
                option(.destroy, deliberate, "Shift-D", "niet bewaren, stoppen", "discard and quit"),
                option(.back, no, "Esc", "terug", "back"),
            ]
        case .discardForm, .discardGroupAnswer:
            return [
                option(.back, no + [.enter], "Esc", "verder typen", "keep typing"),
                option(.destroy, deliberate, "Shift-D", "weggooien", "throw away"),
            ]
        case .restoreCopy:
            return [
                option(.accept, yes, "Enter", "herstellen", "restore"),
                option(.back, no, "Esc", "later (de kopie blijft)", "later (the copy stays)"),
                option(.destroy, deliberate, "Shift-D", "kopie weggooien", "throw the copy away"),
            ]
        case .restoreDraft:
            return [
                option(.accept, yes, "Enter", "formulier terughalen", "reopen the form"),
                option(.back, no, "Esc", "later (het concept blijft)", "later (the draft stays)"),
                option(.destroy, deliberate, "Shift-D", "concept weggooien", "throw the draft away"),
            ]
        case .otherInstance(let holder):
            var options = [
                option(.accept, yes, "Enter", "alleen lezen", "read-only"),
                option(.back, no + [.character("q")], "Esc", "stoppen", "quit"),
            ]
            // A Regie on this machine is known to run; one elsewhere may have died with its laptop.
            if !holder.isOnThisHost {
                options.append(option(.destroy, deliberate, "Shift-D", "toch bewerken", "edit anyway"))
            }
            return options
        case .overwrite:
            return [
                option(.back, no + [.enter], "Esc", "niet overschrijven", "do not overwrite"),
                option(.destroy, deliberate, "Shift-D", "overschrijven", "overwrite"),
            ]
        case .leavePresentation:
            // Staying is the safe answer, so Enter stays too; a second `p` leaves.
            return [
                option(.back, no + [.enter], "Esc", "blijven", "stay"),
                option(.accept, [.character("p"), .character("j"), .character("y")], "p", "verlaten", "leave"),
            ]
        }
    }
}
