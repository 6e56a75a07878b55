# Generated from ui/lock_screen.ui by coachdesk/app/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lock_screen.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize)
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_LockScreen(object):
    def setupUi(self, LockScreen):
        if not LockScreen.objectName():
            LockScreen.setObjectName(u"LockScreen")
        LockScreen.resize(520, 460)
        self.outer = QVBoxLayout(LockScreen)
        self.outer.setObjectName(u"outer")
        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer.addItem(self.topSpacer)

        self.cardRow = QHBoxLayout()
        self.cardRow.setObjectName(u"cardRow")
        self.leftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.cardRow.addItem(self.leftSpacer)

        self.card = QFrame(LockScreen)
        self.card.setObjectName(u"card")
        self.card.setMinimumSize(QSize(380, 0))
        self.card.setMaximumSize(QSize(440, 16777215))
        self.cardLayout = QVBoxLayout(self.card)
        self.cardLayout.setSpacing(10)
        self.cardLayout.setObjectName(u"cardLayout")
        self.iconLabel = QLabel(self.card)
        self.iconLabel.setObjectName(u"iconLabel")
        self.iconLabel.setText(u"")

        self.cardLayout.addWidget(self.iconLabel)

        self.titleLabel = QLabel(self.card)
        self.titleLabel.setObjectName(u"titleLabel")

        self.cardLayout.addWidget(self.titleLabel)

        self.folderLabel = QLabel(self.card)
        self.folderLabel.setObjectName(u"folderLabel")
        self.folderLabel.setWordWrap(True)

        self.cardLayout.addWidget(self.folderLabel)

        self.passLabel = QLabel(self.card)
        self.passLabel.setObjectName(u"passLabel")

        self.cardLayout.addWidget(self.passLabel)

        self.passphraseEdit = QLineEdit(self.card)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.Password)

        self.cardLayout.addWidget(self.passphraseEdit)

        self.demoHint = QLabel(self.card)
        self.demoHint.setObjectName(u"demoHint")
        self.demoHint.setWordWrap(True)

        self.cardLayout.addWidget(self.demoHint)

        self.messageLabel = QLabel(self.card)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.cardLayout.addWidget(self.messageLabel)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.quickUnlockButton = QPushButton(self.card)
        self.quickUnlockButton.setObjectName(u"quickUnlockButton")

        self.buttons.addWidget(self.quickUnlockButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.unlockButton = QPushButton(self.card)
        self.unlockButton.setObjectName(u"unlockButton")

        self.buttons.addWidget(self.unlockButton)


        self.cardLayout.addLayout(self.buttons)

        self.forgotButton = QPushButton(self.card)
        self.forgotButton.setObjectName(u"forgotButton")
        self.forgotButton.setFlat(True)

        self.cardLayout.addWidget(self.forgotButton)


        self.cardRow.addWidget(self.card)

        self.rightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.cardRow.addItem(self.rightSpacer)


        self.outer.addLayout(self.cardRow)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.passLabel.setBuddy(self.passphraseEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.passphraseEdit, self.unlockButton)
        QWidget.setTabOrder(self.unlockButton, self.quickUnlockButton)
        QWidget.setTabOrder(self.quickUnlockButton, self.forgotButton)

        self.retranslateUi(LockScreen)

        self.unlockButton.setDefault(True)

    # setupUi

    def retranslateUi(self, LockScreen):
        LockScreen.setWindowTitle(QCoreApplication.translate("LockScreen", u"CoachDesk \u2014 Locked", None))
        self.titleLabel.setText(QCoreApplication.translate("LockScreen", u"CoachDesk is locked", None))
        self.folderLabel.setText(QCoreApplication.translate("LockScreen", u"Vault", None))
        self.passLabel.setText(QCoreApplication.translate("LockScreen", u"&Passphrase", None))
#if QT_CONFIG(accessibility)
        self.passphraseEdit.setAccessibleName(QCoreApplication.translate("LockScreen", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.demoHint.setText(QCoreApplication.translate("LockScreen", u"Demo vault: the passphrase is demo-coachdesk", None))
        self.messageLabel.setText("")
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("LockScreen", u"Message", None))
#endif // QT_CONFIG(accessibility)
        self.quickUnlockButton.setText(QCoreApplication.translate("LockScreen", u"&Quick unlock", None))
#if QT_CONFIG(accessibility)
        self.quickUnlockButton.setAccessibleName(QCoreApplication.translate("LockScreen", u"Quick unlock with the system keychain", None))
#endif // QT_CONFIG(accessibility)
        self.unlockButton.setText(QCoreApplication.translate("LockScreen", u"&Unlock", None))
#if QT_CONFIG(accessibility)
        self.unlockButton.setAccessibleName(QCoreApplication.translate("LockScreen", u"Unlock", None))
#endif // QT_CONFIG(accessibility)
        self.forgotButton.setText(QCoreApplication.translate("LockScreen", u"&Forgot passphrase? Use the recovery key", None))
#if QT_CONFIG(accessibility)
        self.forgotButton.setAccessibleName(QCoreApplication.translate("LockScreen", u"Forgot passphrase", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

