# Generated from ui/first_run.ui by coachdesk/app/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QCheckBox, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QRadioButton, QSizePolicy, QSpacerItem, QStackedWidget, QVBoxLayout, QWidget)

class Ui_FirstRun(object):
    def setupUi(self, FirstRun):
        if not FirstRun.objectName():
            FirstRun.setObjectName(u"FirstRun")
        FirstRun.resize(640, 520)
        self.outer = QVBoxLayout(FirstRun)
        self.outer.setObjectName(u"outer")
        self.pages = QStackedWidget(FirstRun)
        self.pages.setObjectName(u"pages")
        self.welcomePage = QWidget()
        self.welcomePage.setObjectName(u"welcomePage")
        self.welcomeLayout = QVBoxLayout(self.welcomePage)
        self.welcomeLayout.setObjectName(u"welcomeLayout")
        self.welcomeTitle = QLabel(self.welcomePage)
        self.welcomeTitle.setObjectName(u"welcomeTitle")

        self.welcomeLayout.addWidget(self.welcomeTitle)

        self.welcomeText = QLabel(self.welcomePage)
        self.welcomeText.setObjectName(u"welcomeText")
        self.welcomeText.setWordWrap(True)

        self.welcomeLayout.addWidget(self.welcomeText)

        self.languageBox = QGroupBox(self.welcomePage)
        self.languageBox.setObjectName(u"languageBox")
        self.languageLayout = QVBoxLayout(self.languageBox)
        self.languageLayout.setObjectName(u"languageLayout")
        self.finnishRadio = QRadioButton(self.languageBox)
        self.finnishRadio.setObjectName(u"finnishRadio")
        self.finnishRadio.setText(u"Suomi")
        self.finnishRadio.setChecked(True)

        self.languageLayout.addWidget(self.finnishRadio)

        self.englishRadio = QRadioButton(self.languageBox)
        self.englishRadio.setObjectName(u"englishRadio")
        self.englishRadio.setText(u"English")

        self.languageLayout.addWidget(self.englishRadio)


        self.welcomeLayout.addWidget(self.languageBox)

        self.welcomeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.welcomeLayout.addItem(self.welcomeSpacer)

        self.demoButton = QPushButton(self.welcomePage)
        self.demoButton.setObjectName(u"demoButton")

        self.welcomeLayout.addWidget(self.demoButton)

        self.pages.addWidget(self.welcomePage)
        self.passphrasePage = QWidget()
        self.passphrasePage.setObjectName(u"passphrasePage")
        self.passLayout = QVBoxLayout(self.passphrasePage)
        self.passLayout.setObjectName(u"passLayout")
        self.passTitle = QLabel(self.passphrasePage)
        self.passTitle.setObjectName(u"passTitle")

        self.passLayout.addWidget(self.passTitle)

        self.passText = QLabel(self.passphrasePage)
        self.passText.setObjectName(u"passText")
        self.passText.setWordWrap(True)

        self.passLayout.addWidget(self.passText)

        self.newLabel = QLabel(self.passphrasePage)
        self.newLabel.setObjectName(u"newLabel")

        self.passLayout.addWidget(self.newLabel)

        self.newEdit = QLineEdit(self.passphrasePage)
        self.newEdit.setObjectName(u"newEdit")
        self.newEdit.setEchoMode(QLineEdit.Password)

        self.passLayout.addWidget(self.newEdit)

        self.strengthBar = QProgressBar(self.passphrasePage)
        self.strengthBar.setObjectName(u"strengthBar")
        self.strengthBar.setMaximum(4)
        self.strengthBar.setValue(0)
        self.strengthBar.setTextVisible(False)

        self.passLayout.addWidget(self.strengthBar)

        self.strengthLabel = QLabel(self.passphrasePage)
        self.strengthLabel.setObjectName(u"strengthLabel")
        self.strengthLabel.setWordWrap(True)

        self.passLayout.addWidget(self.strengthLabel)

        self.confirmLabel = QLabel(self.passphrasePage)
        self.confirmLabel.setObjectName(u"confirmLabel")

        self.passLayout.addWidget(self.confirmLabel)

        self.confirmEdit = QLineEdit(self.passphrasePage)
        self.confirmEdit.setObjectName(u"confirmEdit")
        self.confirmEdit.setEchoMode(QLineEdit.Password)

        self.passLayout.addWidget(self.confirmEdit)

        self.passMessage = QLabel(self.passphrasePage)
        self.passMessage.setObjectName(u"passMessage")
        self.passMessage.setWordWrap(True)

        self.passLayout.addWidget(self.passMessage)

        self.passSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.passLayout.addItem(self.passSpacer)

        self.pages.addWidget(self.passphrasePage)
        self.recoveryPage = QWidget()
        self.recoveryPage.setObjectName(u"recoveryPage")
        self.recoveryLayout = QVBoxLayout(self.recoveryPage)
        self.recoveryLayout.setObjectName(u"recoveryLayout")
        self.recoveryTitle = QLabel(self.recoveryPage)
        self.recoveryTitle.setObjectName(u"recoveryTitle")

        self.recoveryLayout.addWidget(self.recoveryTitle)

        self.recoveryText = QLabel(self.recoveryPage)
        self.recoveryText.setObjectName(u"recoveryText")
        self.recoveryText.setWordWrap(True)

        self.recoveryLayout.addWidget(self.recoveryText)

        self.recoveryKeyLabel = QLabel(self.recoveryPage)
        self.recoveryKeyLabel.setObjectName(u"recoveryKeyLabel")
        self.recoveryKeyLabel.setText(u"")
        self.recoveryKeyLabel.setTextInteractionFlags(Qt.TextSelectableByMouse|Qt.TextSelectableByKeyboard)
        self.recoveryKeyLabel.setAlignment(Qt.AlignCenter)

        self.recoveryLayout.addWidget(self.recoveryKeyLabel)

        self.recoveryButtons = QHBoxLayout()
        self.recoveryButtons.setObjectName(u"recoveryButtons")
        self.printButton = QPushButton(self.recoveryPage)
        self.printButton.setObjectName(u"printButton")

        self.recoveryButtons.addWidget(self.printButton)

        self.pdfButton = QPushButton(self.recoveryPage)
        self.pdfButton.setObjectName(u"pdfButton")

        self.recoveryButtons.addWidget(self.pdfButton)

        self.recoverySpacerH = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.recoveryButtons.addItem(self.recoverySpacerH)


        self.recoveryLayout.addLayout(self.recoveryButtons)

        self.storedCheck = QCheckBox(self.recoveryPage)
        self.storedCheck.setObjectName(u"storedCheck")

        self.recoveryLayout.addWidget(self.storedCheck)

        self.recoverySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.recoveryLayout.addItem(self.recoverySpacer)

        self.pages.addWidget(self.recoveryPage)
        self.quickPage = QWidget()
        self.quickPage.setObjectName(u"quickPage")
        self.quickLayout = QVBoxLayout(self.quickPage)
        self.quickLayout.setObjectName(u"quickLayout")
        self.quickTitle = QLabel(self.quickPage)
        self.quickTitle.setObjectName(u"quickTitle")

        self.quickLayout.addWidget(self.quickTitle)

        self.quickText = QLabel(self.quickPage)
        self.quickText.setObjectName(u"quickText")
        self.quickText.setWordWrap(True)

        self.quickLayout.addWidget(self.quickText)

        self.quickCheck = QCheckBox(self.quickPage)
        self.quickCheck.setObjectName(u"quickCheck")

        self.quickLayout.addWidget(self.quickCheck)

        self.quickMessage = QLabel(self.quickPage)
        self.quickMessage.setObjectName(u"quickMessage")
        self.quickMessage.setWordWrap(True)

        self.quickLayout.addWidget(self.quickMessage)

        self.quickSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.quickLayout.addItem(self.quickSpacer)

        self.pages.addWidget(self.quickPage)

        self.outer.addWidget(self.pages)

        self.nav = QHBoxLayout()
        self.nav.setObjectName(u"nav")
        self.backButton = QPushButton(FirstRun)
        self.backButton.setObjectName(u"backButton")

        self.nav.addWidget(self.backButton)

        self.navSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.nav.addItem(self.navSpacer)

        self.nextButton = QPushButton(FirstRun)
        self.nextButton.setObjectName(u"nextButton")

        self.nav.addWidget(self.nextButton)


        self.outer.addLayout(self.nav)

#if QT_CONFIG(shortcut)
        self.newLabel.setBuddy(self.newEdit)
        self.confirmLabel.setBuddy(self.confirmEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FirstRun)

        self.nextButton.setDefault(True)

    # setupUi

    def retranslateUi(self, FirstRun):
        FirstRun.setWindowTitle(QCoreApplication.translate("FirstRun", u"CoachDesk \u2014 Welcome", None))
        self.welcomeTitle.setText(QCoreApplication.translate("FirstRun", u"Welcome to CoachDesk", None))
        self.welcomeText.setText(QCoreApplication.translate("FirstRun", u"Your notes stay on this computer, encrypted. Choose a language, then create your private vault \u2014 or look around first with sample cases.", None))
        self.languageBox.setTitle(QCoreApplication.translate("FirstRun", u"Language", None))
        self.demoButton.setText(QCoreApplication.translate("FirstRun", u"Try with &sample cases", None))
#if QT_CONFIG(accessibility)
        self.demoButton.setAccessibleName(QCoreApplication.translate("FirstRun", u"Try with sample cases", None))
#endif // QT_CONFIG(accessibility)
        self.passTitle.setText(QCoreApplication.translate("FirstRun", u"Choose a passphrase", None))
        self.passText.setText(QCoreApplication.translate("FirstRun", u"A few unrelated words are strong and easy to remember. Nobody \u2014 not even CoachDesk \u2014 can open the vault without it or the recovery key.", None))
        self.newLabel.setText(QCoreApplication.translate("FirstRun", u"&Passphrase", None))
#if QT_CONFIG(accessibility)
        self.newEdit.setAccessibleName(QCoreApplication.translate("FirstRun", u"New passphrase", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.strengthBar.setAccessibleName(QCoreApplication.translate("FirstRun", u"Passphrase strength", None))
#endif // QT_CONFIG(accessibility)
        self.strengthLabel.setText("")
        self.confirmLabel.setText(QCoreApplication.translate("FirstRun", u"&Again", None))
#if QT_CONFIG(accessibility)
        self.confirmEdit.setAccessibleName(QCoreApplication.translate("FirstRun", u"Passphrase again", None))
#endif // QT_CONFIG(accessibility)
        self.passMessage.setText("")
        self.recoveryTitle.setText(QCoreApplication.translate("FirstRun", u"Your recovery key", None))
        self.recoveryText.setText(QCoreApplication.translate("FirstRun", u"If you forget your passphrase, this key is the only way back in. It is shown only now. Print it or save it as a PDF and keep it somewhere safe, away from this computer.", None))
#if QT_CONFIG(accessibility)
        self.recoveryKeyLabel.setAccessibleName(QCoreApplication.translate("FirstRun", u"Recovery key", None))
#endif // QT_CONFIG(accessibility)
        self.printButton.setText(QCoreApplication.translate("FirstRun", u"&Print\u2026", None))
        self.pdfButton.setText(QCoreApplication.translate("FirstRun", u"Save as P&DF\u2026", None))
        self.storedCheck.setText(QCoreApplication.translate("FirstRun", u"I have &stored the recovery key safely", None))
        self.quickTitle.setText(QCoreApplication.translate("FirstRun", u"Quick unlock", None))
        self.quickText.setText(QCoreApplication.translate("FirstRun", u"CoachDesk can keep the vault key in your operating system's keychain, so you can unlock with one click while you are logged in. You can change this later in Settings.", None))
        self.quickCheck.setText(QCoreApplication.translate("FirstRun", u"Use &quick unlock through the system keychain", None))
        self.quickMessage.setText("")
        self.backButton.setText(QCoreApplication.translate("FirstRun", u"&Back", None))
        self.nextButton.setText(QCoreApplication.translate("FirstRun", u"&Next", None))
    # retranslateUi

